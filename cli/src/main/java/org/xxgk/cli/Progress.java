package org.xxgk.cli;

import java.util.function.Consumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.xxgk.core.batch.Outcome;
import org.xxgk.core.spi.XxgkException;

/** The progress bar of the commands that read many files: on a terminal only, nothing when the output is piped. */
final class Progress {

    /** What runs under the bar, told of each input read. */
    @FunctionalInterface
    interface Job<T> {
        T run(Consumer<Outcome> step) throws XxgkException;
    }

    private Progress() {
    }

    static <T> T of(boolean terminal, int files, Job<T> job) throws XxgkException {
        if (!terminal || files < 2) {
            return job.run(o -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("读取").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" 个文件", 1).continuousUpdate().build()) {
            return job.run(o -> bar.step());
        }
    }
}

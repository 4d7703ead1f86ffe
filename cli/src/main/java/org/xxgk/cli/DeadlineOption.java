package org.xxgk.cli;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --deadline SECONDS}: the most time one file may take in a batch. A file past it is a failed
 * row with the reason and the batch goes on; its reading thread is interrupted and left behind.
 */
final class DeadlineOption {

    /** Far more than any report needs (the largest PDF fixtures read in under two seconds), little for a stuck file. */
    static final int DEFAULT_SECONDS = 60;

    @Option(names = "--deadline", paramLabel = "秒数", defaultValue = "" + DEFAULT_SECONDS, converter = Seconds.class,
            description = "每个文件的读取时限（秒，默认 ${DEFAULT-VALUE}；0 为不限）：超时的文件记为无法读取，其余文件照常处理")
    private int seconds = DEFAULT_SECONDS;

    /** The deadline, or {@code null} for none. */
    Duration value() {
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    /** Whole seconds, 0 or more. */
    static final class Seconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("时限应为 0 或正整数（秒）：" + value);
        }
    }
}

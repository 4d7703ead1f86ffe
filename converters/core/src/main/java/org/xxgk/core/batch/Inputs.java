package org.xxgk.core.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files and folders as the user gives them, expanded into files: folders recursively, in name order. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Expands the arguments. Hidden files and office lock files ({@code ~$…}) inside folders are skipped;
     * a file named on the command line is always kept, even when it does not exist, so that it is
     * reported rather than dropped.
     */
    public static List<Input> expand(List<Path> arguments) {
        List<Input> out = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::visible).sorted()
                            .forEach(f -> out.add(new Input(f, f.toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(new Input(p, p.toString()));
            }
        }
        return out;
    }

    private static boolean visible(Path f) {
        String name = f.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~$");
    }
}

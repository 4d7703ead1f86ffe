package org.xxgk.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;


/** The writers on the class path, found through {@link ServiceLoader}. */
public final class Writers {

    private final List<ReportWriter> writers;

    private Writers(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    public static Writers installed() {
        List<ReportWriter> found = new ArrayList<>();
        ServiceLoader.load(ReportWriter.class).forEach(found::add);
        return new Writers(found);
    }

    public Optional<ReportWriter> find(String format) {
        return writers.stream().filter(w -> w.format().equals(format)).findFirst();
    }

    /** The format names, in a stable order. */
    public List<String> formats() {
        return writers.stream().map(ReportWriter::format).sorted().toList();
    }
}

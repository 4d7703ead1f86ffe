package org.xxgk.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.xxgk.core.model.Cell;
import org.xxgk.core.model.Document;
import org.xxgk.core.model.Grid;

/** Prints what the reader makes of a PDF: its grids row by row, then its text lines. For debugging fixtures. */
public final class PdfDump {

    public static void main(String[] args) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            Document doc = new PdfReportReader().read(in, args[0]);
            for (Grid g : doc.grids()) {
                System.out.println("== grid positional=" + g.positional() + " rows=" + g.rowCount());
                for (List<Cell> row : g.rows()) {
                    System.out.println(row.stream().map(c -> c.isCovered() ? "^" : "[" + c.text() + "]")
                            .collect(Collectors.joining(" ")));
                }
            }
            if (args.length > 1) {
                doc.lines().forEach(l -> System.out.println("| " + l));
            }
        }
    }
}

package org.xxgk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The pages of a printed workbook per sheet, told by each page's footer ("明细　第 3 页"). */
final class PrintedPages {

    private static final Pattern FOOTER = Pattern.compile("(\\S+)\\s*第\\s*(\\d+)\\s*页");

    private PrintedPages() {
    }

    /** Sheet name to its number of pages, in the order printed. */
    static Map<String, Integer> perSheet(Path pdf) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true); // the footer last
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                Matcher m = FOOTER.matcher(text.getText(doc));
                String sheet = null;
                while (m.find()) {
                    sheet = m.group(1).replace("\u3000", "");
                }
                out.merge(sheet == null ? "?" : sheet, 1, Integer::sum);
            }
        }
        return out;
    }
}

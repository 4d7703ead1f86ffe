package org.xxgk.pdf.write;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xxgk.core.layout.TableLayout;
import org.xxgk.core.model.CellValue;

/**
 * A document's pages filled top to bottom: titles, paragraphs and tables, a new page when the next thing
 * does not fit, A4 upright or turned for a table too wide to stand. Each table's type size is the largest
 * (from {@link #TABLE_SIZE} down to {@link #SMALLEST}) at which its columns fit the width and no run of
 * rows that must stay together is taller than a page.
 */
final class PageFlow {

    static final float TITLE_SIZE = 16f;
    static final float HEADING_SIZE = 12f;
    static final float TEXT_SIZE = 10.5f;
    static final float TABLE_SIZE = 9f;
    static final float SMALLEST = 6f;
    /** The smallest size at which a table is set to stand whole on one page rather than run over pages. */
    static final float WHOLE = 7.5f;
    private static final float FOOTER_SIZE = 8f;
    private static final float MARGIN = 50f;
    private static final PDRectangle UPRIGHT = PDRectangle.A4;
    private static final PDRectangle TURNED = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc;
    private final Typeset type;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private boolean empty = true;

    PageFlow(PDDocument doc, Typeset type) {
        this.doc = doc;
        this.type = type;
    }

    /** Starts a new upright page (the first page of a report or of a cover). */
    void newPage() throws IOException {
        newPage(false);
    }

    private void newPage(boolean turned) throws IOException {
        closeStream();
        page = new PDPage(turned ? TURNED : UPRIGHT);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
        empty = true;
    }

    private float contentWidth() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    private static float contentWidth(boolean turned) {
        return (turned ? TURNED : UPRIGHT).getWidth() - 2 * MARGIN;
    }

    private static float contentHeight(boolean turned) {
        return (turned ? TURNED : UPRIGHT).getHeight() - 2 * MARGIN;
    }

    private boolean turned() {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    /** A centred line (or lines, when it is long) in large type. */
    void title(String text, float size) throws IOException {
        List<String> lines = Lines.wrap(text, contentWidth(), type.at(size));
        for (String l : lines) {
            float w = type.width(l, size);
            show(l, size, MARGIN + (contentWidth() - w) / 2, y - size);
            y -= size * 1.5f;
        }
        y -= size * 0.5f;
        empty = false;
    }

    /** A heading at the left, above the lines that follow. */
    void heading(String text) throws IOException {
        room(HEADING_SIZE * 2f);
        show(text, HEADING_SIZE, MARGIN, y - HEADING_SIZE);
        y -= HEADING_SIZE * 2f;
        empty = false;
    }

    /** A paragraph in running text, its first line indented two characters as Chinese documents are. */
    void paragraph(String text, float size) throws IOException {
        float indent = 2 * type.width("表", size);
        List<String> lines = Lines.wrap(text, contentWidth() - indent, type.at(size));
        for (int i = 0; i < lines.size(); i++) {
            room(size * 1.6f);
            show(lines.get(i), size, MARGIN + (i == 0 ? indent : 0), y - size);
            y -= size * 1.6f;
        }
        y -= size * 0.4f;
        empty = false;
    }

    /** A table with its title above it, on as many pages as it needs. */
    void table(String title, TableLayout layout, Map<String, CellValue> values) throws IOException {
        Placed p = place(layout, values);
        TableBox box = p.box();
        float titleHeight = HEADING_SIZE * 2f;
        boolean fitsWhole = titleHeight + box.height(0, box.rows()) <= contentHeight(p.turned());
        float first = fitsWhole ? box.height(0, box.rows()) : box.tallestRun();
        if (page == null || turned() != p.turned() || !empty && y - titleHeight - first < MARGIN) {
            newPage(p.turned());
        }
        show(title, HEADING_SIZE, MARGIN, y - HEADING_SIZE);
        y -= titleHeight;
        empty = false;
        float left = MARGIN + (contentWidth() - box.width()) / 2;
        int from = 0;
        while (from < box.rows()) {
            boolean header = from > 0 && box.headerRows() > 0;
            float top = header ? box.headerHeight() : 0;
            int to = lastFitting(box, from, y - MARGIN - top);
            if (to == from) {
                newPage(p.turned());
                continue;
            }
            box.draw(cs, left, y, header, from, to);
            y -= top + box.height(from, to);
            from = to;
        }
        y -= TEXT_SIZE;
    }

    /** The end of the longest run of rows from {@code from} that fits the height and ends where a page may end. */
    private static int lastFitting(TableBox box, int from, float height) {
        int best = from;
        for (int r = from + 1; r <= box.rows(); r++) {
            if (box.height(from, r) > height) {
                break;
            }
            if (r == box.rows() || box.breakableBefore(r) && r > box.headerRows()) {
                best = r;
            }
        }
        return best;
    }

    private record Placed(TableBox box, boolean turned) {
    }

    /**
     * The largest size at which the table fits: whole on one page, upright or else turned, down to
     * {@link #WHOLE}; then over pages at the largest size whose columns fit and whose runs of rows that
     * must stay together fit a page.
     */
    private Placed place(TableLayout layout, Map<String, CellValue> values) {
        for (float size = TABLE_SIZE; size >= WHOLE; size -= 0.5f) {
            for (boolean turned : new boolean[] {false, true}) {
                Optional<TableBox> box = TableBox.fit(layout, values, type, size, contentWidth(turned));
                if (box.isPresent() && box.get().height(0, box.get().rows()) + HEADING_SIZE * 2f <= contentHeight(turned)) {
                    return new Placed(box.get(), turned);
                }
            }
        }
        for (float size = TABLE_SIZE; size >= SMALLEST; size -= 0.5f) {
            for (boolean turned : new boolean[] {false, true}) {
                Optional<TableBox> box = TableBox.fit(layout, values, type, size, contentWidth(turned));
                if (box.isPresent() && box.get().tallestRun() + HEADING_SIZE * 2f <= contentHeight(turned)) {
                    return new Placed(box.get(), turned);
                }
            }
        }
        throw new IllegalStateException("table " + layout.view().table().id() + " does not fit an A4 page at " + SMALLEST + "pt");
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage(turned());
        }
    }

    private void show(String text, float size, float x, float baseline) throws IOException {
        type.check(text);
        cs.beginText();
        cs.setFont(type.font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /** Ends the last page and numbers every page at its foot: 第 1 页 共 3 页. */
    void finish() throws IOException {
        closeStream();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            String footer = "第 " + (i + 1) + " 页 共 " + n + " 页";
            float w = type.width(footer, FOOTER_SIZE);
            try (PDPageContentStream foot = new PDPageContentStream(doc, p, AppendMode.APPEND, true, true)) {
                foot.beginText();
                foot.setFont(type.font, FOOTER_SIZE);
                foot.newLineAtOffset((p.getMediaBox().getWidth() - w) / 2, MARGIN / 2);
                foot.showText(footer);
                foot.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}

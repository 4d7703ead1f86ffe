import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a report the way WPS and Word lay one out, from a layout written by make_fixtures.py, for the
 * fixtures LibreOffice cannot make: a table whose rows are kept whole and move to the next page with
 * no header repeated, the row before the break ending exactly at the page foot without a bottom border
 * (each row draws its own top edge, so the break leaves the last row on the page open), the page number
 * printed under it; tables drawn without any line; titles wrapped by width; a Title property. Fonts are
 * embedded as Type 0 (Identity-H) subsets, as WPS embeds SimSun: Droid Sans Fallback for Chinese,
 * Liberation Serif for digits and Latin letters.
 *
 * <p>Run as a single-file program with PDFBox on the class path: {@code DrawReport LAYOUT OUT.pdf}. The
 * layout has one command per line, fields separated by tabs, {@code \n} in a text for a line break:
 * <pre>
 * page W H LEFT TOP RIGHT BOTTOM       page size and margins in points
 * pagenumber FORMAT SIZE BELOW         FORMAT with {n} for the page number, BELOW points under the body
 * title TEXT                           the document information Title
 * para ALIGN SIZE TEXT                 a paragraph, wrapped to the body width (ALIGN: left, center, right)
 * gap POINTS                           vertical space
 * break                                a page break
 * table RULED SIZE PADDING WIDTHS      WIDTHS comma-separated column widths; RULED: ruled or unruled
 * endat ROW                            space before the table so that row ROW (0-based) ends at the page foot
 * repeat ROWS                          the first ROWS rows repeated at the top of each continued page
 * row MINHEIGHT                        a table row
 * cell ROWSPAN COLSPAN ALIGN VALIGN TEXT   a cell of the row (VALIGN: top, middle, bottom)
 * end                                  the end of the table
 * </pre>
 */
public class DrawReport {

    static final float LINE = 1.35f;

    record Cell(int row, int col, int rowSpan, int colSpan, String align, String valign, String text) {
    }

    static final class Table {
        boolean ruled;
        float size;
        float padding;
        float[] widths;
        int endAt = -1;
        int repeat;
        final List<Float> minHeights = new ArrayList<>();
        final List<Cell> cells = new ArrayList<>();
        final List<List<Integer>> occupied = new ArrayList<>();
    }

    private final PDDocument doc = new PDDocument();
    private PDFont cjk;
    private PDFont latin;
    private float w = 595.3f;
    private float h = 841.9f;
    private float left = 72;
    private float top = 72;
    private float right = 72;
    private float bottom = 72;
    private String pageNumber;
    private float pageNumberSize = 9;
    private float pageNumberBelow = 20;
    private final List<PDPage> pages = new ArrayList<>();
    private final java.util.Map<Character, PDFont> fonts = new java.util.HashMap<>();
    private PDPageContentStream cs;
    private float y;

    public static void main(String[] args) throws Exception {
        new DrawReport().run(new File(args[0]), new File(args[1]));
    }

    void run(File layout, File out) throws IOException {
        cjk = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
        latin = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreator("WPS 文字");
        info.setProducer("xxgk fixture (PDFBox), laid out as WPS lays out tables");
        Table table = null;
        for (String line : Files.readAllLines(layout.toPath(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "page" -> {
                    w = num(f[1]);
                    h = num(f[2]);
                    left = num(f[3]);
                    top = num(f[4]);
                    right = num(f[5]);
                    bottom = num(f[6]);
                }
                case "pagenumber" -> {
                    pageNumber = f[1];
                    pageNumberSize = num(f[2]);
                    pageNumberBelow = num(f[3]);
                }
                case "title" -> info.setTitle(text(f[1]));
                case "para" -> paragraph(f[1], num(f[2]), text(f[3]));
                case "gap" -> y += num(f[1]);
                case "break" -> newPage();
                case "table" -> {
                    table = new Table();
                    table.ruled = f[1].equals("ruled");
                    table.size = num(f[2]);
                    table.padding = num(f[3]);
                    String[] ws = f[4].split(",");
                    table.widths = new float[ws.length];
                    for (int i = 0; i < ws.length; i++) {
                        table.widths[i] = num(ws[i]);
                    }
                }
                case "endat" -> table.endAt = Integer.parseInt(f[1]);
                case "repeat" -> table.repeat = Integer.parseInt(f[1]);
                case "row" -> {
                    table.minHeights.add(num(f[1]));
                    table.occupied.add(new ArrayList<>());
                }
                case "cell" -> addCell(table, Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], text(f[5]));
                case "end" -> {
                    table(table);
                    table = null;
                }
                default -> throw new IllegalArgumentException("unknown command: " + f[0]);
            }
        }
        cs.close();
        footers();
        doc.save(out);
        doc.close();
    }

    private static float num(String s) {
        return Float.parseFloat(s.strip());
    }

    private static String text(String s) {
        return s.replace("\\n", "\n");
    }

    // ------------------------------------------------------------------ pages and text

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = top;
    }

    private float bodyBottom() {
        return h - bottom;
    }

    private void ensurePage() throws IOException {
        if (cs == null) {
            newPage();
        }
    }

    private void paragraph(String align, float size, String text) throws IOException {
        ensurePage();
        float width = w - left - right;
        for (String line : wrap(text, size, width)) {
            if (y + size * LINE > bodyBottom()) {
                newPage();
            }
            y += size * LINE;
            draw(cs, line, size, x(align, left, width, line, size), y - size * (LINE - 1) / 2 - size * 0.15f);
        }
        y += size * 0.4f;
    }

    private float x(String align, float x0, float width, String line, float size) throws IOException {
        float tw = width(line, size);
        return switch (align) {
            case "center" -> x0 + (width - tw) / 2;
            case "right" -> x0 + width - tw;
            default -> x0;
        };
    }

    /** Draws a line of text with its baseline at {@code baseline} (from the page top), each character in the font that has it. */
    private void draw(PDPageContentStream out, String line, float size, float x, float baseline) throws IOException {
        int i = 0;
        while (i < line.length()) {
            PDFont font = fontOf(line.charAt(i));
            int j = i;
            while (j < line.length() && fontOf(line.charAt(j)) == font) {
                j++;
            }
            String run = line.substring(i, j);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, h - baseline);
            out.showText(run);
            out.endText();
            x += font.getStringWidth(run) / 1000 * size;
            i = j;
        }
    }

    /** Digits and Latin letters in the Latin font; Chinese in the Chinese font, or the Latin one where it has no glyph (“”). */
    private PDFont fontOf(char c) {
        return fonts.computeIfAbsent(c, k -> k < 0x80 || !has(cjk, k) ? latin : cjk);
    }

    private static boolean has(PDFont font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(String s, float size) throws IOException {
        float total = 0;
        for (int i = 0; i < s.length(); i++) {
            total += fontOf(s.charAt(i)).getStringWidth(String.valueOf(s.charAt(i))) / 1000 * size;
        }
        return total;
    }

    /** Lines of at most {@code width}: Chinese breaks anywhere, a run of digits or Latin letters stays whole. */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < para.length()) {
                int j = i + 1;
                while (j < para.length() && isLatin(para.charAt(j - 1)) && isLatin(para.charAt(j))) {
                    j++;
                }
                String piece = para.substring(i, j);
                if (line.length() > 0 && width(line + piece, size) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
                i = j;
            }
            out.add(line.toString());
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '.';
    }

    private void footers() throws IOException {
        if (pageNumber == null) {
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream out = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String s = pageNumber.replace("{n}", String.valueOf(i + 1)).replace("{total}", String.valueOf(pages.size()));
                float width = w - left - right;
                draw(out, s, pageNumberSize, x("center", left, width, s, pageNumberSize), bodyBottom() + pageNumberBelow);
            }
        }
    }

    // ------------------------------------------------------------------ tables

    private static void addCell(Table t, int rowSpan, int colSpan, String align, String valign, String text) {
        int r = t.minHeights.size() - 1;
        List<Integer> taken = t.occupied.get(r);
        int c = 0;
        while (taken.contains(c)) {
            c++;
        }
        t.cells.add(new Cell(r, c, rowSpan, colSpan, align, valign, text));
        for (int dr = 0; dr < rowSpan; dr++) {
            while (t.occupied.size() <= r + dr) {
                t.occupied.add(new ArrayList<>());
            }
            for (int dc = 0; dc < colSpan; dc++) {
                t.occupied.get(r + dr).add(c + dc);
            }
        }
    }

    private float cellWidth(Table t, Cell c) {
        float width = 0;
        for (int i = c.col(); i < c.col() + c.colSpan(); i++) {
            width += t.widths[i];
        }
        return width;
    }

    private float colX(Table t, int col) {
        float x = left;
        for (int i = 0; i < col; i++) {
            x += t.widths[i];
        }
        return x;
    }

    private float need(Table t, Cell c) throws IOException {
        return wrap(c.text(), t.size, cellWidth(t, c) - 2 * t.padding).size() * t.size * LINE + 2 * t.padding;
    }

    private float[] heights(Table t) throws IOException {
        int rows = t.minHeights.size();
        float[] hs = new float[rows];
        for (int r = 0; r < rows; r++) {
            hs[r] = t.minHeights.get(r);
        }
        for (Cell c : t.cells) {
            if (c.rowSpan() == 1) {
                hs[c.row()] = Math.max(hs[c.row()], need(t, c));
            }
        }
        for (Cell c : t.cells) {
            if (c.rowSpan() > 1) {
                float sum = 0;
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    sum += hs[r];
                }
                float n = need(t, c);
                if (n > sum) {
                    hs[c.row() + c.rowSpan() - 1] += n - sum;
                }
            }
        }
        return hs;
    }

    /** Lays the rows out page by page (rows kept whole), then draws each page's part of the table. */
    private void table(Table t) throws IOException {
        ensurePage();
        float[] hs = heights(t);
        if (t.endAt >= 0) {
            float sum = 0;
            for (int r = 0; r <= t.endAt; r++) {
                sum += hs[r];
            }
            float gap = bodyBottom() - y - sum;
            if (gap < 0) {
                throw new IllegalStateException("row " + t.endAt + " cannot end at the foot of this page: " + gap);
            }
            y += gap;
        }
        int rows = hs.length;
        List<int[]> parts = new ArrayList<>(); // {first, last} rows per page
        List<Float> tops = new ArrayList<>();
        float[] rowTop = new float[rows];
        int first = 0;
        float start = y;
        for (int r = 0; r < rows; r++) {
            if (y + hs[r] > bodyBottom() + 0.01f && r > first) {
                parts.add(new int[] {first, r - 1});
                tops.add(start);
                drawPart(t, hs, rowTop, first, r - 1, false);
                newPage();
                if (t.repeat > 0) {
                    float[] headerTop = new float[rows];
                    for (int k = 0; k < t.repeat; k++) {
                        headerTop[k] = y;
                        y += hs[k];
                    }
                    drawPart(t, hs, headerTop, 0, t.repeat - 1, true);
                }
                first = r;
                start = y;
            }
            rowTop[r] = y;
            y += hs[r];
        }
        drawPart(t, hs, rowTop, first, rows - 1, true);
        y += t.size;
    }

    /**
     * Draws rows {@code a..b} on the current page: every row draws its top edge over the cells that start
     * in it (all cells at the top of the page), the table's last row also its bottom edge; each cell its
     * left and right edges. A row that ends the page before a break is left open at the bottom.
     */
    private void drawPart(Table t, float[] hs, float[] rowTop, int a, int b, boolean closed) throws IOException {
        float partBottom = rowTop[b] + hs[b];
        for (Cell c : t.cells) {
            int r0 = Math.max(c.row(), a);
            int r1 = Math.min(c.row() + c.rowSpan() - 1, b);
            if (r0 > r1) {
                continue;
            }
            float x0 = colX(t, c.col());
            float x1 = x0 + cellWidth(t, c);
            float y0 = rowTop[r0];
            float y1 = rowTop[r1] + hs[r1];
            if (t.ruled) {
                line(x0, y0, x0, y1);
                line(x1, y0, x1, y1);
                if (c.row() == r0 || r0 == a) {
                    line(x0, y0, x1, y0);
                }
                if (closed && r1 == b && c.row() + c.rowSpan() - 1 == b && b == hs.length - 1) {
                    line(x0, partBottom, x1, partBottom);
                }
            }
            if (c.row() >= a) {
                text(t, c, x0, y0, x1, c.row() + c.rowSpan() - 1 <= b ? y1 : partBottom);
            }
        }
    }

    private void text(Table t, Cell c, float x0, float y0, float x1, float y1) throws IOException {
        float inner = x1 - x0 - 2 * t.padding;
        List<String> lines = wrap(c.text(), t.size, inner);
        float lh = t.size * LINE;
        float content = lines.size() * lh;
        float boxTop = y0 + t.padding;
        float boxHeight = y1 - y0 - 2 * t.padding;
        float startY = switch (c.valign()) {
            case "middle" -> boxTop + (boxHeight - content) / 2;
            case "bottom" -> boxTop + boxHeight - content;
            default -> boxTop;
        };
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.isEmpty()) {
                continue;
            }
            float baseline = startY + (i + 1) * lh - lh * (LINE - 1) / 2 - t.size * 0.15f;
            draw(cs, s, t.size, x(c.align(), x0 + t.padding, inner, s, t.size), baseline);
        }
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, h - y0);
        cs.lineTo(x1, h - y1);
        cs.stroke();
    }
}

package org.xxgk.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * One pass over every page of a PDF: PDFBox's text stripper, taught the path operators, so that each
 * page's content stream is parsed once and yields its characters as tabula {@link TextElement}s, its
 * text lines, its ruling lines and whether it paints images. tabula's own extractor parses a page twice
 * (once for text, once for lines); the table pages are found from this pass and only they go through
 * tabula's algorithms. The stripper's own text layout (sorting, words, paragraphs) is skipped: the lines
 * are grouped from the characters' positions, which tabula needs anyway.
 */
final class PageScanner extends PDFTextStripper {

    /** Blank glyphs outside these font sizes are layout artefacts (tabula drops them too). */
    private static final float MIN_BLANK_FONT = 2f;
    private static final float MAX_BLANK_FONT = 40f;

    private final List<ScannedPage> pages = new ArrayList<>();
    private final TablePages tablePages;
    private List<TextElement> chars;
    private PathRecorder paths;
    private boolean images;
    /** The lines of the pages scanned so far. */
    private int linesSoFar;

    private PageScanner(Landmarks landmarks) throws IOException {
        tablePages = new TablePages(landmarks);
        // Overprinted glyphs are dropped per line in TextLines and per cell by tabula's word merging.
        setSuppressDuplicateOverlappingText(false);
        registerPathOperators();
        addOperator(new ImageAwareDrawObject());
        addOperator(new Painter("BI", () -> images = true));
    }

    /** Scans every page of the document, in order, and tells the table pages by their labels. */
    static List<ScannedPage> scan(PDDocument doc, Landmarks landmarks) throws IOException {
        PageScanner scanner = new PageScanner(landmarks);
        scanner.writeText(doc, Writer.nullWriter());
        return scanner.pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        super.processPage(new SteadyBoxPage(page));
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        chars = new ArrayList<>();
        paths = new PathRecorder(this, page);
        images = false;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        List<List<TextElement>> grouped = TextLines.of(chars);
        TextLines.Texts texts = getCurrentPageNo() == 1 ? TextLines.titled(grouped) : TextLines.plain(grouped);
        List<String> lines = texts.texts();
        int textChars = grouped.stream().mapToInt(List::size).sum();
        int direction = direction(chars, page.getRotation());
        List<Ruling> rulings = paths.rulings(direction);
        boolean table = tablePages.next(lines, ScannedPage.ruled(rulings));
        PDRectangle box = page.getCropBox();
        boolean turned = direction % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        pages.add(new ScannedPage(getCurrentPageNo(), page, width, height, lines, texts.centres(), linesSoFar, table,
                table ? chars : List.of(), table ? rulings : List.of(), textChars, images, table ? paths.beyond(direction) : null));
        linesSoFar += lines.size();
    }

    /**
     * The direction most of the page's characters run in device space, in which PDFBox places them
     * (0, 90, 180 or 270): a landscape page turned by /Rotate 90 has its text drawn at 90 degrees, a
     * page turned by mistake has it at 0. Without characters, the page's rotation.
     */
    static int direction(List<TextElement> chars, int rotation) {
        int[] counts = new int[4];
        for (TextElement c : chars) {
            int d = Math.round(c.getDirection());
            if (d % 90 == 0) {
                counts[Math.floorMod(d, 360) / 90]++;
            }
        }
        int best = Math.floorMod(rotation, 360) / 90 % 4;
        for (int i = 0; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    /** Takes the page's characters as the stripper collected them, instead of laying them out as text. */
    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                element(p);
            }
        }
    }

    /** A character as tabula's own text stripper records it, so that tabula's algorithms see the same input. */
    private void element(TextPosition p) {
        String c = p.getUnicode();
        if (c == null || !printable(c)) {
            return;
        }
        if (c.isBlank() && (p.getFontSizeInPt() < MIN_BLANK_FONT || p.getFontSizeInPt() > MAX_BLANK_FONT)) {
            return;
        }
        float h = p.getHeightDir();
        chars.add(new TextElement(round(p.getYDirAdj() - h), round(p.getXDirAdj()), round(p.getWidthDirAdj()),
                round(h), p.getFont(), p.getFontSizeInPt(), c.indexOf('\u00a0') < 0 ? c : c.replace('\u00a0', ' '),
                p.getWidthOfSpace(), p.getDir()));
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** To hundredths of a point, as tabula rounds, without its BigDecimal (a third of the scan's time). */
    private static float round(float x) {
        return Math.round(x * 100f) / 100f;
    }

    private void registerPathOperators() {
        addOperator(new Operands("m", 2, f -> paths.moveTo(point(f, 0))));
        addOperator(new Operands("l", 2, f -> paths.lineTo(point(f, 0))));
        addOperator(new Operands("c", 6, f -> paths.curveTo(point(f, 4))));
        addOperator(new Operands("v", 4, f -> paths.curveTo(point(f, 2))));
        addOperator(new Operands("y", 4, f -> paths.curveTo(point(f, 2))));
        addOperator(new Operands("re", 4, this::rectangle));
        addOperator(new Painter("h", () -> paths.closePath()));
        for (String paint : List.of("S", "f", "F", "f*", "B", "B*")) {
            addOperator(new Painter(paint, () -> paths.paint()));
        }
        for (String closeAndPaint : List.of("s", "b", "b*")) {
            addOperator(new Painter(closeAndPaint, () -> {
                paths.closePath();
                paths.paint();
            }));
        }
        addOperator(new Painter("n", () -> paths.end()));
        addOperator(new Painter("W", () -> paths.clip(GeneralPath.WIND_NON_ZERO)));
        addOperator(new Painter("W*", () -> paths.clip(GeneralPath.WIND_EVEN_ODD)));
    }

    private void rectangle(float[] f) {
        paths.rectangle(transformedPoint(f[0], f[1]), transformedPoint(f[0] + f[2], f[1]),
                transformedPoint(f[0] + f[2], f[1] + f[3]), transformedPoint(f[0], f[1] + f[3]));
    }

    private Point2D point(float[] f, int at) {
        return transformedPoint(f[at], f[at + 1]);
    }

    /** A path operator with numeric operands; malformed operands leave the path as it was. */
    private static final class Operands extends OperatorProcessor {
        private final String name;
        private final int count;
        private final Consumer<float[]> action;

        Operands(String name, int count, Consumer<float[]> action) {
            this.name = name;
            this.count = count;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (operands.size() < count) {
                return;
            }
            float[] f = new float[count];
            for (int i = 0; i < count; i++) {
                if (!(operands.get(i) instanceof COSNumber n)) {
                    return;
                }
                f[i] = n.floatValue();
            }
            action.accept(f);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** An operator without operands that the scan cares about. */
    private static final class Painter extends OperatorProcessor {
        private final String name;
        private final Runnable action;

        Painter(String name, Runnable action) {
            this.name = name;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            action.run();
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** PDFBox's {@code Do}, which also notes that the page paints an image (a scanned page is one image). */
    private final class ImageAwareDrawObject extends DrawObject {
        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources() != null && getResources().isImageXObject(name)) {
                images = true;
                return;
            }
            super.process(operator, operands);
        }
    }
}

import java.awt.geom.Point2D;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.CT_TemplatePage;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.Template;
import org.ofdrw.core.basicStructure.pageObj.layer.Type;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.pkg.container.DocDir;

/**
 * Makes an OFD from a PDF fixture the way an OFD producer lays out a page: every run of characters on one
 * baseline becomes a TextObject with one TextCode (X, Y of the first glyph, DeltaX between glyphs, the
 * font size, all in millimetres, y downwards), every painted path a PathObject (its segments as
 * AbbreviatedData, stroke or fill as painted). Positions come from PDFBox, so the OFD keeps the PDF's
 * layout glyph for glyph.
 *
 * <p>To exercise the transforms a reader must apply, every other text run is written in its own frame:
 * a Boundary at the run and a CTM that halves its coordinates (font size and offsets doubled), and every
 * other path has its Boundary at the path's box with coordinates relative to it. Runs of three or more
 * equal offsets are written with the {@code g} repeat of GB/T 33190 ({@code g 3 4.233}).
 *
 * <p>Run with PDFBox 2.0.35 and ofdrw-layout 2.3.6 on the class path:
 * {@code java -cp CP PdfToOfd.java IN.pdf OUT.ofd [--rulings-in-template]}; with the option, each page's paths
 * go into a template page of its own that the page draws as its background.
 */
public class PdfToOfd {

    private static final double MM = 25.4 / 72;
    private static final String FONT = "Noto Sans CJK SC";

    /** A glyph where PDFBox places it: baseline origin and advance in points, top-left origin. */
    record Glyph(String text, double x, double baseline, double size, double advance, String font) {
    }

    /** A painted path in points, top-left origin: its segments as move/line/curve commands. */
    record Painted(List<double[]> commands, boolean stroke, boolean fill, double lineWidth) {
    }

    public static void main(String[] args) throws Exception {
        convert(new File(args[0]), Path.of(args[1]), args.length > 2 && args[2].equals("--rulings-in-template"));
    }

    /**
     * @param inTemplate put each page's paths into a template page of its own (drawn as the page's background,
     *                   {@code ZOrder="Background"}), as producers put fixed page furniture, instead of its content
     */
    static void convert(File pdf, Path out, boolean inTemplate) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf)) {
            List<List<Glyph>> glyphs = glyphs(doc);
            List<List<Painted>> paths = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                paths.add(PathCollector.collect(page));
            }
            try (OFDDoc ofd = new OFDDoc(out)) {
                ST_ID font = ofd.getResManager().addFont(new Font(FONT, FONT));
                List<PDRectangle> boxes = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    PDRectangle box = page.getCropBox();
                    boxes.add(box);
                    ofd.addVPage(new VirtualPage(new PageLayout(box.getWidth() * MM, box.getHeight() * MM)));
                }
                ofd.onRenderFinish((maxUnitID, dir, docIndex) -> {
                    try {
                        DocDir docDir = dir.obtainDocDefault();
                        for (int i = 0; i < boxes.size(); i++) {
                            Page page = docDir.getPages().getByIndex(i).getContent();
                            CT_Layer layer = new CT_Layer();
                            layer.setObjID(maxUnitID.incrementAndGet());
                            if (inTemplate) {
                                template(docDir, page, paths.get(i), boxes.get(i), maxUnitID::incrementAndGet);
                            } else {
                                writePaths(layer, paths.get(i), boxes.get(i), maxUnitID::incrementAndGet);
                            }
                            writeText(layer, glyphs.get(i), boxes.get(i), font, maxUnitID::incrementAndGet);
                            Content content = page.getContent() == null ? new Content() : page.getContent();
                            content.addLayer(layer);
                            page.setContent(content);
                        }
                    } catch (IOException | org.dom4j.DocumentException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
    }

    /** A template page holding the paths, referenced by the page as its background. */
    static void template(DocDir docDir, Page page, List<Painted> paths, PDRectangle box, Ids ids)
            throws IOException, org.dom4j.DocumentException {
        CT_Layer layer = new CT_Layer();
        layer.setObjID(ids.next());
        writePaths(layer, paths, box, ids);
        Page template = new Page();
        template.setContent(new Content().addLayer(layer));
        ST_Loc loc = docDir.obtainTemps().add(template);
        ST_ID id = new ST_ID(ids.next());
        docDir.getDocument().getCommonData().addTemplatePage(new CT_TemplatePage().setID(id).setBaseLoc(loc)
                .setZOrder(Type.Background));
        page.addTemplate(new Template().setTemplateID(id.ref()).setZOrder(Type.Background));
    }

    interface Ids {
        long next();
    }

    // ---- text ------------------------------------------------------------------------------------------

    static List<List<Glyph>> glyphs(PDDocument doc) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            List<Glyph> current;

            @Override
            protected void startPage(PDPage page) {
                current = new ArrayList<>();
                pages.add(current);
            }

            @Override
            protected void processTextPosition(TextPosition p) {
                String u = p.getUnicode();
                if (u == null || u.isEmpty()) {
                    return;
                }
                current.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getFontSizeInPt(), p.getWidthDirAdj(),
                        p.getFont() == null ? "" : p.getFont().getName()));
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(doc, Writer.nullWriter());
        return pages;
    }

    /** Runs of glyphs in content order on one baseline, one font and size, left to right, without wide gaps. */
    static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!run.isEmpty()) {
                Glyph last = run.get(run.size() - 1);
                boolean same = Math.abs(last.baseline() - g.baseline()) < 0.01 && Math.abs(last.size() - g.size()) < 0.01
                        && last.font().equals(g.font()) && g.x() >= last.x() - 0.01
                        && g.x() - (last.x() + last.advance()) < 2 * g.size();
                if (!same) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(g);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    static void writeText(CT_Layer layer, List<Glyph> glyphs, PDRectangle box, ST_ID font, Ids ids) {
        int n = 0;
        for (List<Glyph> run : runs(glyphs)) {
            boolean framed = n++ % 2 == 1;
            Glyph first = run.get(0);
            double size = first.size() * MM;
            double x = first.x() * MM;
            double y = first.baseline() * MM;
            // In its own frame: Boundary from the run's origin, coordinates halved by the CTM.
            double bx = framed ? x - 1 : 0;
            double by = framed ? y - 2 * size : 0;
            double scale = framed ? 0.5 : 1;
            ST_Box boundary = framed ? new ST_Box(bx, by, width(run) * MM + 2, 3 * size)
                    : new ST_Box(0, 0, box.getWidth() * MM, box.getHeight() * MM);
            StringBuilder content = new StringBuilder();
            List<Double> deltas = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                String t = run.get(i).text();
                content.append(t);
                if (i > 0) {
                    deltas.add((run.get(i).x() - run.get(i - 1).x()) * MM / scale);
                }
                // A glyph that maps to several characters: the extra characters stand where it stands.
                for (int k = 1; k < t.length(); k++) {
                    deltas.add(0.0);
                }
            }
            TextObject text = new TextObject(ids.next());
            text.setBoundary(boundary);
            text.setFont(font.ref());
            text.setSize(round(size / scale));
            text.setFill(true);
            if (framed) {
                text.setCTM(new ST_Array(scale, 0, 0, scale, 0, 0));
            }
            TextCode code = new TextCode().setContent(content.toString())
                    .setX(round((x - bx) / scale)).setY(round((y - by) / scale));
            if (!deltas.isEmpty()) {
                code.setDeltaX(ST_Array.getInstance(deltaX(deltas)));
            }
            text.addTextCode(code);
            layer.addPageBlock(text);
        }
    }

    static double width(List<Glyph> run) {
        Glyph last = run.get(run.size() - 1);
        return last.x() + last.advance() - run.get(0).x();
    }

    /** DeltaX with runs of three or more equal offsets written as {@code g COUNT VALUE}. */
    static String deltaX(List<Double> deltas) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < deltas.size()) {
            String v = fmt(deltas.get(i));
            int j = i;
            while (j + 1 < deltas.size() && fmt(deltas.get(j + 1)).equals(v)) {
                j++;
            }
            int count = j - i + 1;
            if (count >= 3) {
                out.add("g " + count + " " + v);
            } else {
                for (int k = 0; k < count; k++) {
                    out.add(v);
                }
            }
            i = j + 1;
        }
        return String.join(" ", out);
    }

    // ---- paths -----------------------------------------------------------------------------------------

    static void writePaths(CT_Layer layer, List<Painted> paths, PDRectangle box, Ids ids) {
        int n = 0;
        for (Painted p : paths) {
            boolean framed = n++ % 2 == 1;
            double[] bounds = bounds(p);
            double pad = Math.max(p.lineWidth(), 0.1);
            double bx = framed ? bounds[0] * MM - pad : 0;
            double by = framed ? bounds[1] * MM - pad : 0;
            ST_Box boundary = framed
                    ? new ST_Box(bx, by, (bounds[2] - bounds[0]) * MM + 2 * pad, (bounds[3] - bounds[1]) * MM + 2 * pad)
                    : new ST_Box(0, 0, box.getWidth() * MM, box.getHeight() * MM);
            AbbreviatedData data = new AbbreviatedData();
            for (double[] c : p.commands()) {
                switch ((int) c[0]) {
                    case 0 -> data.M(round(c[1] * MM - bx), round(c[2] * MM - by));
                    case 1 -> data.L(round(c[1] * MM - bx), round(c[2] * MM - by));
                    case 2 -> data.B(round(c[1] * MM - bx), round(c[2] * MM - by), round(c[3] * MM - bx),
                            round(c[4] * MM - by), round(c[5] * MM - bx), round(c[6] * MM - by));
                    default -> data.C();
                }
            }
            PathObject path = new PathObject(new ST_ID(ids.next()));
            path.setBoundary(boundary);
            path.setAbbreviatedData(data);
            path.setStroke(p.stroke());
            path.setFill(p.fill());
            path.setLineWidth(round(Math.max(p.lineWidth() * MM, 0.01)));
            layer.addPageBlock(path);
        }
    }

    static double[] bounds(Painted p) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] c : p.commands()) {
            for (int i = 1; i + 1 < c.length; i += 2) {
                b[0] = Math.min(b[0], c[i]);
                b[1] = Math.min(b[1], c[i + 1]);
                b[2] = Math.max(b[2], c[i]);
                b[3] = Math.max(b[3], c[i + 1]);
            }
        }
        return b;
    }

    /** Follows a page's path operators (PDFBox gives device coordinates) and keeps what is painted. */
    static final class PathCollector extends PDFGraphicsStreamEngine {
        private final List<Painted> painted = new ArrayList<>();
        private final List<double[]> current = new ArrayList<>();
        private final float height;
        private final float llx;
        private final float lly;
        private Point2D.Float last = new Point2D.Float();

        private PathCollector(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            height = box.getHeight();
            llx = box.getLowerLeftX();
            lly = box.getLowerLeftY();
        }

        static List<Painted> collect(PDPage page) throws IOException {
            PathCollector c = new PathCollector(page);
            c.processPage(page);
            return c.painted;
        }

        private double[] point(int op, float... xy) {
            double[] c = new double[1 + xy.length];
            c[0] = op;
            for (int i = 0; i < xy.length; i += 2) {
                c[1 + i] = xy[i] - llx;
                c[2 + i] = height - (xy[i + 1] - lly);
            }
            return c;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            moveTo((float) p0.getX(), (float) p0.getY());
            lineTo((float) p1.getX(), (float) p1.getY());
            lineTo((float) p2.getX(), (float) p2.getY());
            lineTo((float) p3.getX(), (float) p3.getY());
            closePath();
        }

        @Override
        public void moveTo(float x, float y) {
            current.add(point(0, x, y));
            last = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            current.add(point(1, x, y));
            last = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.add(point(2, x1, y1, x2, y2, x3, y3));
            last = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return last;
        }

        @Override
        public void closePath() {
            current.add(new double[] {3});
        }

        @Override
        public void endPath() {
            current.clear();
        }

        @Override
        public void strokePath() {
            paint(true, false);
        }

        @Override
        public void fillPath(int windingRule) {
            paint(false, true);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint(true, true);
        }

        private void paint(boolean stroke, boolean fill) {
            if (!current.isEmpty()) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double width = getGraphicsState().getLineWidth() * Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY()));
                painted.add(new Painted(new ArrayList<>(current), stroke, fill, width));
            }
            current.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}

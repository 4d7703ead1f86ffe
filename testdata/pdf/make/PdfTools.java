import java.awt.image.BufferedImage;
import java.io.File;

import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Fixture tools for make_fixtures.py, run as a single-file program with PDFBox on the class path:
 * {@code scan IN OUT [PAGES]} renders every page (or the listed ones) to an image and writes a PDF of
 * those images (no text layer), as a scanner would; {@code encrypt IN OUT OWNER USER} protects a PDF with PDFBox (an empty
 * user password opens it for reading; a non-empty one locks it); {@code turn IN OUT 90|270} draws each
 * page turned on a landscape page that /Rotate turns back, so that it shows upright (as print drivers
 * make landscape pages); {@code rotate IN OUT DEGREES} only sets /Rotate, so that the page shows turned
 * (a page rotated by mistake).
 */
public class PdfTools {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "scan" -> scan(new File(args[1]), new File(args[2]), args.length > 3 ? args[3] : "");
            case "encrypt" -> encrypt(new File(args[1]), new File(args[2]), args[3], args.length > 4 ? args[4] : "");
            case "turn" -> turn(new File(args[1]), new File(args[2]), Integer.parseInt(args[3]));
            case "rotate" -> rotate(new File(args[1]), new File(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(
                    "scan IN OUT [PAGES] | encrypt IN OUT OWNER [USER] | turn IN OUT 90|270 | rotate IN OUT DEGREES");
        }
    }

    /** Pages as images; with PAGES (1-based, comma-separated) only those, the others kept as they are. */
    static void scan(File in, File out, String pages) throws Exception {
        java.util.Set<Integer> only = new java.util.HashSet<>();
        for (String p : pages.split(",")) {
            if (!p.isBlank()) {
                only.add(Integer.parseInt(p.strip()));
            }
        }
        try (PDDocument src = PDDocument.load(in); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                if (!only.isEmpty() && !only.contains(i + 1)) {
                    dst.importPage(src.getPage(i));
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 100, ImageType.GRAY);
                PDRectangle box = src.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                dst.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(dst, image, 0.6f);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(out);
        }
    }

    static void encrypt(File in, File out, String owner, String user) throws Exception {
        try (PDDocument doc = PDDocument.load(in)) {
            AccessPermission ap = new AccessPermission();
            ap.setCanModify(false);
            ap.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, ap);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
    }

    /** Each page drawn turned against /Rotate on a page of swapped sides: it shows as before. */
    static void turn(File in, File out, int rotation) throws Exception {
        try (PDDocument src = PDDocument.load(in); PDDocument dst = new PDDocument()) {
            LayerUtility layers = new LayerUtility(dst);
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDRectangle box = src.getPage(i).getMediaBox();
                float w = box.getWidth();
                float h = box.getHeight();
                PDPage page = new PDPage(new PDRectangle(h, w));
                page.setRotation(rotation);
                dst.addPage(page);
                PDFormXObject form = layers.importPageAsForm(src, i);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.transform(rotation == 90 ? new Matrix(0, 1, -1, 0, h, 0) : new Matrix(0, -1, 1, 0, 0, w));
                    cs.drawForm(form);
                }
            }
            dst.save(out);
        }
    }

    /** /Rotate set on every page, its content left as it is. */
    static void rotate(File in, File out, int rotation) throws Exception {
        try (PDDocument doc = PDDocument.load(in)) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(rotation);
            }
            doc.save(out);
        }
    }
}

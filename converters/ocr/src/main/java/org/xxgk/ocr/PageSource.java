package org.xxgk.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import org.xxgk.core.spi.CorruptFileException;
import org.xxgk.core.spi.EncryptedDocumentException;
import org.xxgk.core.spi.XxgkException;

/**
 * The pages of an input as the plugin reads them: the frames of an image file (a TIFF may hold many),
 * or the pages of a scanned PDF — pages with a text layer give their text (for the title and
 * signature), pages that are images are rendered by PDFBox at the resolution of their scan.
 */
final class PageSource {

    /** A page: an image to read, or the text of a page that has a text layer. */
    record Page(int number, PageImage image, List<String> text) {
    }

    /** Scans are read at no more than this: finer costs time and gains nothing. */
    static final int MAX_DPI = 300;
    private static final int MIN_DPI = 100;
    /** Fewer characters than this is no text layer (a page number stamped on a scan). */
    private static final int TEXT_LAYER = 16;
    /** An A4 page is this many inches wide: the resolution of an image that does not say its own. */
    private static final double A4_INCHES = 8.27;

    private PageSource() {
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /** The frames of an image file (PNG, JPEG, TIFF with one or more pages). */
    static List<Page> images(byte[] bytes, String source) throws XxgkException, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CorruptFileException(source, "图像文件已损坏或格式无法识别，无法读取");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                List<Page> out = new ArrayList<>();
                int n = reader.getNumImages(true);
                for (int i = 0; i < n; i++) {
                    IIOImage frame = reader.readAll(i, null);
                    BufferedImage img = (BufferedImage) frame.getRenderedImage();
                    out.add(new Page(i + 1, PageImage.of(i + 1, dpi(frame.getMetadata(), img), img), List.of()));
                }
                return out;
            } catch (IOException | RuntimeException e) {
                throw new CorruptFileException(source, "图像文件已损坏或不完整，无法读取", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The resolution an image file gives, or the one that makes it an A4 page's width. */
    private static int dpi(IIOMetadata meta, BufferedImage img) {
        double mmPerPixel = 0;
        try {
            if (meta != null && meta.isStandardMetadataFormatSupported()) {
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
                org.w3c.dom.NodeList n = root.getElementsByTagName("HorizontalPixelSize");
                if (n.getLength() > 0) {
                    mmPerPixel = Double.parseDouble(((IIOMetadataNode) n.item(0)).getAttribute("value"));
                }
            }
        } catch (RuntimeException e) {
            mmPerPixel = 0;
        }
        double dpi = mmPerPixel > 0 ? 25.4 / mmPerPixel : 0;
        if (dpi < 70 || dpi > 1200) {
            dpi = Math.min(img.getWidth(), img.getHeight()) / A4_INCHES;
        }
        return (int) Math.round(Math.max(MIN_DPI, Math.min(600, dpi)));
    }

    /** The pages of a PDF: images rendered, text pages as their text. */
    static List<Page> pdf(byte[] bytes, String source) throws XxgkException, IOException {
        try (PDDocument doc = open(bytes, source)) {
            List<Page> out = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(doc);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() >= TEXT_LAYER) {
                    out.add(new Page(i + 1, null, text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()));
                    continue;
                }
                PDPage page = doc.getPage(i);
                Scan scan = scan(page);
                BufferedImage img = scan.whole != null ? turned(scan.whole.getImage(), page.getRotation())
                        : renderer.renderImageWithDPI(i, scan.dpi, scan.colour ? ImageType.RGB : ImageType.GRAY);
                out.add(new Page(i + 1, PageImage.of(i + 1, scan.dpi, img), List.of()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException io && !(io instanceof InvalidPasswordException)) {
                throw new CorruptFileException(source, "PDF 文件已损坏或不完整，无法读取扫描页面", e);
            }
            throw e;
        }
    }

    private static PDDocument open(byte[] bytes, String source) throws XxgkException {
        try {
            return PDDocument.load(new ByteArrayInputStream(bytes), "", MemoryUsageSetting.setupMixed(32L * 1024 * 1024));
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source, "PDF 已加密，需要密码才能打开；请用密码打开后另存为不加密的 PDF 再读取", e);
        } catch (IOException e) {
            throw new CorruptFileException(source, "PDF 文件已损坏或不完整（可能没有下载完），无法打开", e);
        }
    }

    /**
     * How a scanned page was scanned: its resolution, whether in colour, and the image itself when it is
     * the whole page (one image, the page's shape): then it is read as it is, since rendering it again
     * resamples it and blurs the thin lines of a 150 dpi scan.
     */
    private record Scan(int dpi, boolean colour, PDImageXObject whole) {
    }

    /** The resolution of the page's widest image on the page's width, and its colour. */
    private static Scan scan(PDPage page) throws IOException {
        PDResources res = page.getResources();
        PDImageXObject widest = null;
        int images = 0;
        if (res != null) {
            for (COSName name : res.getXObjectNames()) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    images++;
                    if (widest == null || img.getWidth() > widest.getWidth()) {
                        widest = img;
                    }
                }
            }
        }
        float w = page.getCropBox().getWidth();
        float h = page.getCropBox().getHeight();
        if (widest == null || w <= 0 || h <= 0) {
            return new Scan(200, false, null);
        }
        boolean colour = widest.getColorSpace() != null && widest.getColorSpace().getNumberOfComponents() >= 3;
        int dpi = Math.round(widest.getWidth() / (w / 72f));
        double shape = (double) widest.getWidth() / widest.getHeight() / (w / h);
        boolean whole = images == 1 && Math.abs(shape - 1) < 0.03 && dpi <= MAX_DPI * 1.05 && !widest.isStencil();
        return new Scan(Math.max(MIN_DPI, Math.min(MAX_DPI, dpi)), colour, whole ? widest : null);
    }

    /** An image turned as the page's /Rotate turns it for the viewer. */
    private static BufferedImage turned(BufferedImage img, int rotation) {
        int quarter = Math.floorMod(rotation, 360) / 90;
        if (quarter == 0) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(quarter == 2 ? w : h, quarter == 2 ? h : w,
                img.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : img.getType());
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        t.quadrantRotate(quarter);
        t.translate(-w / 2.0, -h / 2.0);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(img, t, null);
        g.dispose();
        return out;
    }
}

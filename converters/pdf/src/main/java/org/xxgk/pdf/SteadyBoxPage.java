package org.xxgk.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page whose crop box is read once. PDFBox's text engine asks the page box for its size at every
 * glyph, and {@link PDRectangle} converts its numbers from {@code BigDecimal} on every call (through
 * string parsing on Java 17): a quarter of the text pass. Everything else is the page itself,
 * resources included, so that fonts stay cached per document.
 */
final class SteadyBoxPage extends PDPage {

    private final PDPage page;
    private final PDRectangle cropBox;

    SteadyBoxPage(PDPage page) {
        super(page.getCOSObject());
        this.page = page;
        this.cropBox = new SteadyBox(page.getCropBox());
    }

    @Override
    public PDRectangle getCropBox() {
        return cropBox;
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    /** A rectangle that keeps its numbers as floats. */
    private static final class SteadyBox extends PDRectangle {
        private final float llx;
        private final float lly;
        private final float urx;
        private final float ury;

        SteadyBox(PDRectangle box) {
            super(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
            this.llx = box.getLowerLeftX();
            this.lly = box.getLowerLeftY();
            this.urx = box.getUpperRightX();
            this.ury = box.getUpperRightY();
        }

        @Override
        public float getLowerLeftX() {
            return llx;
        }

        @Override
        public float getLowerLeftY() {
            return lly;
        }

        @Override
        public float getUpperRightX() {
            return urx;
        }

        @Override
        public float getUpperRightY() {
            return ury;
        }

        @Override
        public float getWidth() {
            return urx - llx;
        }

        @Override
        public float getHeight() {
            return ury - lly;
        }
    }
}

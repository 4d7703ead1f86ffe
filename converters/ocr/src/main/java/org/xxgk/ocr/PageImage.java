package org.xxgk.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * One page as the plugin reads it: its greyscale, and for a colour scan the same page with red ink
 * dropped (the red channel alone: a red seal turns white while black print stays black) and where the
 * red ink is.
 *
 * @param number 1-based page number in the input
 * @param dpi    resolution, from the file or assumed
 * @param lum    the page's brightness (for text in any colour: a red title)
 * @param ink    the page without red ink (for the table: a seal over it does not hide its lines and digits);
 *               the same raster as {@code lum} for a greyscale page
 * @param red    true where a pixel is red ink (a seal, a red stamp), or {@code null} for a greyscale page
 */
record PageImage(int number, int dpi, Gray lum, Gray ink, boolean[] red) {

    /** A pixel is red ink when its red channel stands this far above the others. */
    private static final int RED_MARGIN = 60;

    static PageImage of(int number, int dpi, BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        Raster raster = img.getRaster();
        boolean direct = !(img.getColorModel() instanceof IndexColorModel) && raster.getNumBands() <= 4;
        if (direct && raster.getNumBands() < 3) {
            return new PageImage(number, dpi, grey(raster, w, h), null, null).sameInk();
        }
        byte[] lum = new byte[w * h];
        byte[] ink = new byte[w * h];
        boolean[] red = new boolean[w * h];
        boolean colour = false;
        int[] rs = new int[w];
        int[] gs = new int[w];
        int[] bs = new int[w];
        int[] argb = new int[w];
        int shift = direct ? Math.max(0, raster.getSampleModel().getSampleSize(0) - 8) : 0;
        for (int y = 0; y < h; y++) {
            if (direct) {
                raster.getSamples(0, y, w, 1, 0, rs);
                raster.getSamples(0, y, w, 1, 1, gs);
                raster.getSamples(0, y, w, 1, 2, bs);
            } else {
                img.getRGB(0, y, w, 1, argb, 0, w);
            }
            for (int x = 0; x < w; x++) {
                int r = direct ? rs[x] >> shift : (argb[x] >> 16) & 0xff;
                int g = direct ? gs[x] >> shift : (argb[x] >> 8) & 0xff;
                int b = direct ? bs[x] >> shift : argb[x] & 0xff;
                int i = y * w + x;
                int l = (r * 299 + g * 587 + b * 114) / 1000;
                lum[i] = (byte) l;
                boolean isRed = r - Math.max(g, b) > RED_MARGIN;
                red[i] = isRed;
                // Red ink is dropped; other colours keep their darkness.
                ink[i] = (byte) (isRed ? r : l);
                colour |= Math.abs(r - g) > 24 || Math.abs(g - b) > 24;
            }
        }
        Gray l = new Gray(w, h, lum);
        return colour ? new PageImage(number, dpi, l, new Gray(w, h, ink), red) : new PageImage(number, dpi, l, l, null);
    }

    private PageImage sameInk() {
        return new PageImage(number, dpi, lum, lum, null);
    }

    /** A one-band raster as 8-bit grey (1-bit and 16-bit samples scaled). */
    private static Gray grey(Raster raster, int w, int h) {
        int bits = raster.getSampleModel().getSampleSize(0);
        int max = (1 << bits) - 1;
        byte[] px = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                px[y * w + x] = (byte) (bits == 8 ? row[x] : row[x] * 255 / max);
            }
        }
        return new Gray(w, h, px);
    }

    int width() {
        return lum.width;
    }

    int height() {
        return lum.height;
    }

    /** How many pixels of a rectangle are red ink. */
    int redIn(int x0, int y0, int x1, int y1) {
        if (red == null) {
            return 0;
        }
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width(), x1); x++) {
                if (red[y * width() + x]) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The page turned by {@code degrees} (see {@link Gray#rotate}), red ink turned with it. */
    PageImage rotate(double degrees) {
        Gray l = lum.rotate(degrees);
        if (red == null) {
            return new PageImage(number, dpi, l, l, null);
        }
        Gray redAsGray = new Gray(width(), height(), new byte[red.length]);
        for (int i = 0; i < red.length; i++) {
            redAsGray.px[i] = (byte) (red[i] ? 0 : 255);
        }
        Gray turnedRed = redAsGray.rotate(degrees);
        boolean[] r = new boolean[red.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (turnedRed.px[i] & 0xff) < 128;
        }
        return new PageImage(number, dpi, l, ink.rotate(degrees), r);
    }
}

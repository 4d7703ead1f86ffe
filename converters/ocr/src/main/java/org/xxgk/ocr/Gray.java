package org.xxgk.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit greyscale raster, 0 black to 255 white, row by row. The image work of the plugin (finding
 * lines, cutting cells) runs on these arrays rather than through Java2D, which is slow per pixel.
 */
final class Gray {

    final int width;
    final int height;
    final byte[] px;

    Gray(int width, int height, byte[] px) {
        if (px.length != width * height) {
            throw new IllegalArgumentException("raster " + width + "x" + height + " has " + px.length + " pixels");
        }
        this.width = width;
        this.height = height;
        this.px = px;
    }

    static Gray white(int width, int height) {
        byte[] px = new byte[width * height];
        java.util.Arrays.fill(px, (byte) 255);
        return new Gray(width, height, px);
    }

    int at(int x, int y) {
        return px[y * width + x] & 0xff;
    }

    /** The pixel, or white outside the raster. */
    int atOrWhite(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 255 : px[y * width + x] & 0xff;
    }

    /** Bilinear sample at a fractional position, white outside. */
    int sample(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = atOrWhite(x0, y0) * (1 - fx) + atOrWhite(x0 + 1, y0) * fx;
        double bottom = atOrWhite(x0, y0 + 1) * (1 - fx) + atOrWhite(x0 + 1, y0 + 1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** A rectangle of this raster, clipped to it. */
    Gray crop(int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        int cw = Math.max(0, x1 - x0);
        int ch = Math.max(0, y1 - y0);
        byte[] out = new byte[cw * ch];
        for (int r = 0; r < ch; r++) {
            System.arraycopy(px, (y0 + r) * width + x0, out, r * cw, cw);
        }
        return new Gray(cw, ch, out);
    }

    /** The whole raster turned by {@code degrees} about its centre (counter-clockwise on screen for positive angles), white where nothing was. */
    Gray rotate(double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[px.length];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                // The source of each target pixel: the inverse rotation.
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                out[y * width + x] = (byte) sample(sx, sy);
            }
        }
        return new Gray(width, height, out);
    }

    /** Scaled by a factor, bilinear (for the engine, which reads text best at about 30 pixels a line). */
    Gray scale(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double sy = (y + 0.5) / factor - 0.5;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) sample((x + 0.5) / factor - 0.5, sy);
            }
        }
        return new Gray(w, h, out);
    }

    /** This raster inside a white margin. */
    Gray pad(int margin) {
        Gray out = white(width + 2 * margin, height + 2 * margin);
        for (int r = 0; r < height; r++) {
            System.arraycopy(px, r * width, out.px, (r + margin) * out.width + margin, width);
        }
        return out;
    }

    /** For looking at what the plugin sees (tests, the benchmark's debug output). */
    BufferedImage toImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(px, 0, data, 0, px.length);
        return img;
    }
}

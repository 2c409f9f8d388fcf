package vn.landinfo.mapserver.render;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Reduces an ARGB image to at most 256 colours for 8-bit PNG. A cadastral map is a few dozen flat
 * palette colours plus anti-aliased edges between them, so a popularity palette is exact for the
 * fills and outlines and maps the rare edge blends to their nearest kept colour.
 */
final class PaletteQuantizer {

    private static final int MAX_COLOURS = 256;

    private PaletteQuantizer() {
    }

    /** The image as palette indices, one byte per pixel, and the ARGB palette they index. */
    record Palettised(int[] palette, byte[] indices) {
    }

    static Palettised quantize(BufferedImage src) {
        int[] px = PngWriter.pixels(src);
        IntCounter counts = new IntCounter(1024);
        for (int p : px) {
            // Every fully transparent pixel is one colour, whatever its RGB.
            counts.increment((p >>> 24) == 0 ? 0 : p);
        }
        int[] colours = counts.keys();
        if (colours.length > MAX_COLOURS) {
            colours = counts.mostFrequent(MAX_COLOURS);
        }
        IntCounter index = new IntCounter(colours.length * 8);
        for (int i = 0; i < colours.length; i++) {
            index.put(colours[i], i);
        }
        byte[] indices = new byte[px.length];
        for (int k = 0; k < px.length; k++) {
            int c = (px[k] >>> 24) == 0 ? 0 : px[k];
            int i = index.get(c);
            if (i < 0) {
                i = nearest(c, colours);
                index.put(c, i);
            }
            indices[k] = (byte) i;
        }
        return new Palettised(colours, indices);
    }

    /** For callers that want an image (tests, ImageIO writers). */
    static BufferedImage toIndexed(BufferedImage src) {
        Palettised p = quantize(src);
        int n = p.palette().length;
        byte[] r = new byte[n], g = new byte[n], b = new byte[n], a = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = p.palette()[i];
            a[i] = (byte) (c >>> 24);
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, n, r, g, b, a));
        out.getRaster().setDataElements(0, 0, src.getWidth(), src.getHeight(), p.indices());
        return out;
    }

    private static int nearest(int c, int[] palette) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int p = palette[i];
            long da = ((c >>> 24) - (p >>> 24)) * 2L;
            long dr = ((c >> 16) & 0xff) - ((p >> 16) & 0xff);
            long dg = ((c >> 8) & 0xff) - ((p >> 8) & 0xff);
            long db = (c & 0xff) - (p & 0xff);
            long d = da * da + dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** An open-addressing int-to-int map: a map image has millions of pixels but few colours. */
    private static final class IntCounter {
        private int[] keys;
        private int[] values;
        private boolean[] used;
        private int size;

        IntCounter(int capacity) {
            int cap = Integer.highestOneBit(Math.max(16, capacity) * 2);
            keys = new int[cap];
            values = new int[cap];
            used = new boolean[cap];
        }

        void increment(int key) {
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
                values[slot] = 1;
                growIfNeeded();
            } else {
                values[slot]++;
            }
        }

        void put(int key, int value) {
            int slot = slot(key);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
                values[slot] = value;
                growIfNeeded();
            } else {
                values[slot] = value;
            }
        }

        int get(int key) {
            int slot = slot(key);
            return used[slot] ? values[slot] : -1;
        }

        int[] keys() {
            int[] out = new int[size];
            int j = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    out[j++] = keys[i];
                }
            }
            return out;
        }

        /** The n keys with the highest counts: counts and slots packed in longs, sorted without boxing. */
        int[] mostFrequent(int n) {
            long[] packed = new long[size];
            int j = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    packed[j++] = ((long) values[i] << 32) | i;
                }
            }
            Arrays.sort(packed);
            int[] out = new int[Math.min(n, size)];
            for (int k = 0; k < out.length; k++) {
                out[k] = keys[(int) packed[packed.length - 1 - k]];
            }
            return out;
        }

        private int slot(int key) {
            int mask = keys.length - 1;
            int h = (key * 0x9E3779B9) >>> 7 & mask;
            while (used[h] && keys[h] != key) {
                h = (h + 1) & mask;
            }
            return h;
        }

        private void growIfNeeded() {
            if (size * 2 <= keys.length) {
                return;
            }
            int[] oldK = keys, oldV = values;
            boolean[] oldU = used;
            keys = new int[oldK.length * 2];
            values = new int[oldK.length * 2];
            used = new boolean[oldK.length * 2];
            size = 0;
            for (int i = 0; i < oldK.length; i++) {
                if (oldU[i]) {
                    put(oldK[i], oldV[i]);
                }
            }
        }
    }
}

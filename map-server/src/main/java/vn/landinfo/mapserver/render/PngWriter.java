package vn.landinfo.mapserver.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A lean PNG encoder for map images. ImageIO's PNG writer tries five filters on every row and costs
 * 15–25 ms for one 256×256 tile; a map is flat colours, so the "Up" filter (zero wherever a row repeats
 * the one above, as fills do) with fast deflate gives files about as small in a fraction of the time.
 * Opaque images are written as RGB (a quarter fewer bytes), palette images with PLTE and tRNS.
 *
 * <p>Rows are filtered straight from the image's pixels into a small band that is handed to zlib band by
 * band, so the filtered image is never held whole (a 4096×4096 map would need 50 MB for it), and zlib's
 * state (some 270 kB of native memory set up per stream) is reused from a small pool.
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;
    /** zlib level: 4 is the first with lazy matching, within ~10 % of 6's size on map tiles and faster. */
    private static final int LEVEL = 4;
    /** Filtered bytes handed to zlib at a time: a few rows, small enough to stay in the CPU's cache. */
    private static final int BAND_BYTES = 32 * 1024;
    /** Deflaters kept for reuse: about the number of maps encoded at once on a busy server. */
    private static final ArrayBlockingQueue<Deflater> DEFLATERS = new ArrayBlockingQueue<>(16);

    private PngWriter() {
    }

    /** An ARGB or RGB image as 8-bit RGBA, or RGB when every pixel is opaque. */
    static byte[] truecolour(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] own = ownPixels(image);
        int[] px = own != null ? own : pixels(image);
        boolean opaque = own != null && image.getType() == BufferedImage.TYPE_INT_RGB;
        if (!opaque) {
            opaque = true;
            for (int p : px) {
                if ((p >>> 24) != 0xff) {
                    opaque = false;
                    break;
                }
            }
        }
        int bpp = opaque ? 3 : 4;
        int rowBytes = w * bpp + 1;
        try (Stream z = new Stream(ihdr(w, h, opaque ? 2 : 6), null, null, (long) rowBytes * h)) {
            byte[] band = new byte[Math.max(rowBytes, BAND_BYTES / rowBytes * rowBytes)];
            int o = 0;
            for (int y = 0; y < h; y++) {
                if (o + rowBytes > band.length) {
                    z.deflate(band, o);
                    o = 0;
                }
                band[o++] = FILTER_UP;
                int p = y * w;
                int end = p + w;
                if (y == 0) {
                    for (; p < end; p++) {
                        int c = px[p];
                        band[o++] = (byte) (c >> 16);
                        band[o++] = (byte) (c >> 8);
                        band[o++] = (byte) c;
                        if (!opaque) {
                            band[o++] = (byte) (c >>> 24);
                        }
                    }
                } else {
                    // Up: each byte less the byte above it (mod 256), taken from the pixels directly.
                    for (; p < end; p++) {
                        int c = px[p];
                        int u = px[p - w];
                        band[o++] = (byte) ((c >> 16) - (u >> 16));
                        band[o++] = (byte) ((c >> 8) - (u >> 8));
                        band[o++] = (byte) (c - u);
                        if (!opaque) {
                            band[o++] = (byte) ((c >>> 24) - (u >>> 24));
                        }
                    }
                }
            }
            z.deflate(band, o);
            return z.finish();
        }
    }

    /** Palette indices (one byte per pixel) with an ARGB palette of at most 256 colours. */
    static byte[] indexed(int width, int height, byte[] indices, int[] palette) {
        byte[] plte = new byte[palette.length * 3];
        byte[] trns = new byte[palette.length];
        boolean anyAlpha = false;
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
            trns[i] = (byte) (palette[i] >>> 24);
            anyAlpha |= (palette[i] >>> 24) != 0xff;
        }
        int rowBytes = width + 1;
        try (Stream z = new Stream(ihdr(width, height, 3), plte, anyAlpha ? trns : null, (long) rowBytes * height)) {
            byte[] band = new byte[Math.max(rowBytes, BAND_BYTES / rowBytes * rowBytes)];
            int o = 0;
            for (int y = 0; y < height; y++) {
                if (o + rowBytes > band.length) {
                    z.deflate(band, o);
                    o = 0;
                }
                band[o++] = FILTER_UP;
                int p = y * width;
                for (int x = 0; x < width; x++, p++) {
                    band[o++] = (byte) (y == 0 ? indices[p] : indices[p] - indices[p - width]);
                }
            }
            z.deflate(band, o);
            return z.finish();
        }
    }

    /** The pixels as ARGB ints (opaque for TYPE_INT_RGB), the image's own array when it is ARGB already. */
    static int[] pixels(BufferedImage image) {
        int[] own = ownPixels(image);
        if (own == null) {
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            int[] copy = new int[own.length];
            for (int i = 0; i < own.length; i++) {
                copy[i] = own[i] | 0xff000000;
            }
            return copy;
        }
        return own;
    }

    /**
     * The image's own int array for TYPE_INT_ARGB and TYPE_INT_RGB, or null. For TYPE_INT_RGB the top byte is
     * not alpha: {@link #truecolour} writes such an image as RGB and never reads it.
     */
    private static int[] ownPixels(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt db && db.getNumBanks() == 1
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && db.getData().length == image.getWidth() * image.getHeight()) {
            return db.getData();
        }
        return null;
    }

    private static byte[] ihdr(int w, int h, int colourType) {
        byte[] ihdr = new byte[13];
        int32(ihdr, 0, w);
        int32(ihdr, 4, h);
        ihdr[8] = 8;
        ihdr[9] = (byte) colourType;
        return ihdr;
    }

    /**
     * One PNG being written: the chunks before the image data, then the IDAT chunk that zlib fills as bands
     * of filtered rows arrive, then IEND. The file grows in one array, copied once at the end.
     */
    private static final class Stream implements AutoCloseable {

        private static final byte[] IDAT = "IDAT".getBytes(StandardCharsets.US_ASCII);

        private final Deflater deflater;
        private byte[] out;
        private int n;
        private final int idatData;

        Stream(byte[] ihdr, byte[] plte, byte[] trns, long rawBytes) {
            Deflater d = DEFLATERS.poll();
            deflater = d != null ? d : new Deflater(LEVEL);
            // Maps compress to a tenth of their filtered size or less; the array grows if not.
            out = new byte[(int) Math.min(Integer.MAX_VALUE - 64, Math.max(4096, rawBytes / 8 + 1024))];
            put(SIGNATURE, SIGNATURE.length);
            chunk("IHDR", ihdr);
            if (plte != null) {
                chunk("PLTE", plte);
            }
            if (trns != null) {
                chunk("tRNS", trns);
            }
            n += 4; // IDAT length, written when known
            put(IDAT, 4);
            idatData = n;
        }

        void deflate(byte[] band, int length) {
            deflater.setInput(band, 0, length);
            while (!deflater.needsInput()) {
                drain();
            }
        }

        byte[] finish() {
            deflater.finish();
            while (!deflater.finished()) {
                drain();
            }
            int length = n - idatData;
            int32(out, idatData - 8, length);
            CRC32 crc = new CRC32();
            crc.update(out, idatData - 4, length + 4);
            ensure(4 + 12);
            int32(out, n, (int) crc.getValue());
            n += 4;
            chunk("IEND", new byte[0]);
            return Arrays.copyOf(out, n);
        }

        private void drain() {
            ensure(8192);
            n += deflater.deflate(out, n, out.length - n);
        }

        private void chunk(String type, byte[] data) {
            ensure(12 + data.length);
            int32(out, n, data.length);
            byte[] t = type.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(t, 0, out, n + 4, 4);
            System.arraycopy(data, 0, out, n + 8, data.length);
            CRC32 crc = new CRC32();
            crc.update(out, n + 4, 4 + data.length);
            int32(out, n + 8 + data.length, (int) crc.getValue());
            n += 12 + data.length;
        }

        private void put(byte[] b, int length) {
            ensure(length);
            System.arraycopy(b, 0, out, n, length);
            n += length;
        }

        private void ensure(int more) {
            if (out.length - n < more) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + more));
            }
        }

        /** The deflater goes back to the pool, reset, or is ended when the pool is full. */
        @Override
        public void close() {
            deflater.reset();
            if (!DEFLATERS.offer(deflater)) {
                deflater.end();
            }
        }
    }

    private static void int32(byte[] b, int o, int v) {
        b[o] = (byte) (v >>> 24);
        b[o + 1] = (byte) (v >>> 16);
        b[o + 2] = (byte) (v >>> 8);
        b[o + 3] = (byte) v;
    }
}

package vn.landinfo.mapserver.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes rendered images: PNGs with our lean PngWriter, JPEG with ImageIO (in memory, its disk cache off). */
public final class ImageEncoder {

    private static final float JPEG_QUALITY = 0.85f;

    static {
        ImageIO.setUseCache(false);
    }

    private ImageEncoder() {
    }

    /** The image in the format; for PNG8 the colours are first reduced to a 256-entry palette. */
    public static byte[] encode(BufferedImage image, ImageFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            switch (format) {
                case PNG -> {
                    return PngWriter.truecolour(image);
                }
                case PNG8 -> {
                    PaletteQuantizer.Palettised p = PaletteQuantizer.quantize(image);
                    return PngWriter.indexed(image.getWidth(), image.getHeight(), p.indices(), p.palette());
                }
                case JPEG -> write(image, "jpeg", JPEG_QUALITY, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(BufferedImage image, String format, Float quality, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}

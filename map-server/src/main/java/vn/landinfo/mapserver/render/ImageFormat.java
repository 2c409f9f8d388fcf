package vn.landinfo.mapserver.render;

import java.util.Locale;
import java.util.Optional;

/** The image formats GetMap and GetLegendGraphic produce. */
public enum ImageFormat {
    /** 32-bit RGBA PNG. */
    PNG("image/png", true),
    /** 8-bit palette PNG: a quarter of the bytes, for slow links and tile caches. */
    PNG8("image/png; mode=8bit", true),
    JPEG("image/jpeg", false);

    private final String mimeType;
    private final boolean alpha;

    ImageFormat(String mimeType, boolean alpha) {
        this.mimeType = mimeType;
        this.alpha = alpha;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Whether TRANSPARENT=TRUE can be honoured (JPEG has no alpha channel). */
    public boolean alpha() {
        return alpha;
    }

    /** Parses a FORMAT value, ignoring case and blanks around parameters ("image/png;mode=8bit", "image/png8"). */
    public static Optional<ImageFormat> parse(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (v) {
            case "image/png" -> Optional.of(PNG);
            case "image/png;mode=8bit", "image/png8", "image/png;mode=8-bit" -> Optional.of(PNG8);
            case "image/jpeg", "image/jpg" -> Optional.of(JPEG);
            default -> Optional.empty();
        };
    }
}

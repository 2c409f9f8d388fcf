package vn.landinfo.mapserver.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The national land-use map palette (docs/architecture.md#domain-vocabulary), read from {@code publish.land_use_palette}:
 * the fill
 * colour of each land-use purpose code, with its Vietnamese and English names for legends.
 */
public final class LandUsePalette {

    /** For a parcel whose purpose is not (or not yet) in the palette: neutral, clearly "unknown". */
    public static final Color UNKNOWN = new Color(0xE6E6E6);

    public record Entry(String code, String category, String nameVi, String nameEn, Color fill) {
    }

    private final List<Entry> entries;
    private final Map<String, Color> byCode = new HashMap<>();

    public LandUsePalette(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> byCode.put(e.code(), e.fill()));
    }

    public Color fill(String code) {
        Color c = code == null ? null : byCode.get(code);
        return c == null ? UNKNOWN : c;
    }

    /** In legend order: agricultural (NNP), non-agricultural (PNN), unused (CSD), then by code. */
    public List<Entry> entries() {
        return entries;
    }

    /** Parses the palette's "#RRGGBB". */
    public static Color colour(String hex) {
        String h = hex.trim();
        return new Color(Integer.parseInt(h.startsWith("#") ? h.substring(1) : h, 16));
    }

    public static List<Entry> sorted(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries);
        List<String> order = List.of("NNP", "PNN", "CSD");
        out.sort((a, b) -> {
            int ca = order.indexOf(a.category()), cb = order.indexOf(b.category());
            return ca != cb ? Integer.compare(ca < 0 ? 9 : ca, cb < 0 ? 9 : cb) : a.code().compareTo(b.code());
        });
        return out;
    }
}

package vn.landinfo.mapserver.layer;

import java.awt.Color;
import java.awt.Stroke;

/** One line of a legend: a filled swatch or a line sample, and its text. */
public record LegendEntry(Color fill, Color stroke, Stroke line, String text) {

    public static LegendEntry area(Color fill, Color outline, Stroke line, String text) {
        return new LegendEntry(fill, outline, line, text);
    }

    public static LegendEntry line(Color colour, Stroke line, String text) {
        return new LegendEntry(null, colour, line, text);
    }
}

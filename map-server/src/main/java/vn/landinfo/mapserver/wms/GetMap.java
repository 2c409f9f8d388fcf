package vn.landinfo.mapserver.wms;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.layer.RenderContext;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.ogc.ServerBusyException;
import vn.landinfo.mapserver.render.MapCanvas;
import vn.landinfo.mapserver.render.ImageEncoder;
import vn.landinfo.mapserver.render.ImageFormat;
import vn.landinfo.mapserver.render.LabelPlacer;
import vn.landinfo.mapserver.style.PaletteSource;

/**
 * GetMap: the layers drawn bottom to top in the order requested, labels of all layers placed last
 * so none is covered, encoded as PNG, 8-bit PNG or JPEG. With EXCEPTIONS=INIMAGE or BLANK an error
 * still answers with an image of the requested size (when the size and format themselves are valid).
 *
 * <p>Every image, error images included, is drawn only once its pixels are admitted by the {@link PixelBudget}:
 * a request that cannot get them in time is refused as ServerBusy (503, Retry-After) in an XML report
 * whatever EXCEPTIONS says, since an image of the error would need the very pixels refused.
 */
final class GetMap {

    private final MapRequestReader reader;
    private final FeatureSource source;
    private final PaletteSource palette;
    private final WmsSettings settings;
    private final PixelBudget budget;

    GetMap(MapRequestReader reader, FeatureSource source, PaletteSource palette, WmsSettings settings) {
        this.reader = reader;
        this.source = source;
        this.palette = palette;
        this.settings = settings;
        this.budget = new PixelBudget(settings.pixelsInFlight(), settings.admissionWait());
    }

    OgcResponse handle(OgcParameters p, WmsVersion version) {
        ExceptionFormat exceptions = ExceptionFormat.of(p);
        try {
            MapRequest r = reader.getMap(p, version);
            try (PixelBudget.Admission admitted = budget.admit(r.view().width(), r.view().height())) {
                BufferedImage image = draw(r);
                return OgcResponse.ok(mimeType(r.format()), ImageEncoder.encode(image, r.format()));
            }
        } catch (ServerBusyException busy) {
            throw busy;
        } catch (OgcException e) {
            if (exceptions == ExceptionFormat.XML) {
                throw e;
            }
            return errorImage(p, e, exceptions);
        }
    }

    BufferedImage draw(MapRequest r) {
        BufferedImage image = MapCanvas.create(r.view().width(), r.view().height(), r.format(), r.transparent(), r.background());
        Graphics2D g = MapCanvas.graphics(image);
        try {
            LabelPlacer labels = new LabelPlacer(r.view().width(), r.view().height());
            // A box wholly outside the CRS's valid area shows nothing of the Earth: an empty map, no query.
            if (r.view().envelope().overlaps(r.view().crs().validArea())) {
                RenderContext ctx = new RenderContext(r.view(), g, labels, source, palette.palette(), settings.maxFeatures());
                for (MapRequest.Styled s : r.layers()) {
                    s.layer().render(ctx, s.style());
                }
                labels.drawAll(g);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static String mimeType(ImageFormat f) {
        return f == ImageFormat.JPEG ? "image/jpeg" : "image/png";
    }

    /** INIMAGE / BLANK: needs a valid size and format; without them the error can only be reported in XML. */
    private OgcResponse errorImage(OgcParameters p, OgcException e, ExceptionFormat exceptions) {
        int width, height;
        ImageFormat format;
        boolean transparent;
        Color background;
        try {
            width = MapRequestReader.size(p, "WIDTH", settings.maxWidth());
            height = MapRequestReader.size(p, "HEIGHT", settings.maxHeight());
            format = MapRequestReader.format(p);
            transparent = MapRequestReader.transparent(p);
            background = MapRequestReader.background(p);
        } catch (OgcException invalidImage) {
            throw e;
        }
        try (PixelBudget.Admission admitted = budget.admit(width, height)) {
            return OgcResponse.ok(mimeType(format), ImageEncoder.encode(drawError(e, exceptions, width, height, format, transparent, background), format));
        }
    }

    private static BufferedImage drawError(OgcException e, ExceptionFormat exceptions, int width, int height, ImageFormat format,
                                           boolean transparent, Color background) {
        BufferedImage image = MapCanvas.create(width, height, format, transparent, background);
        if (exceptions == ExceptionFormat.INIMAGE) {
            Graphics2D g = MapCanvas.graphics(image);
            g.setColor(new Color(0xB00020));
            String text = e.code() + ": " + e.getMessage();
            AttributedString as = new AttributedString(text);
            as.addAttribute(TextAttribute.FONT, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), g.getFontRenderContext());
            float y = 4;
            float wrap = Math.max(20, width - 8);
            while (m.getPosition() < text.length() && y < height) {
                TextLayout line = m.nextLayout(wrap);
                y += line.getAscent();
                line.draw(g, 4, y);
                y += line.getDescent() + line.getLeading();
            }
            g.dispose();
        }
        return image;
    }
}

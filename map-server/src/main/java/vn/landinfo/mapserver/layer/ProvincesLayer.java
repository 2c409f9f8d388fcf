package vn.landinfo.mapserver.layer;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.sql.FeatureSource;

/** Tỉnh, thành phố: the 34 current provinces, at every scale. */
public final class ProvincesLayer extends BoundaryLayer {

    static final Color COLOUR = new Color(0x4B1760);

    private static final InfoColumn ID = new InfoColumn("t.code", "code");
    private static final List<InfoColumn> INFO = List.of(
            new InfoColumn("t.code", "code"),
            new InfoColumn("t.name_vi", "name_vi"),
            new InfoColumn("t.name_en", "name_en"),
            new InfoColumn("t.full_name_vi", "full_name_vi"),
            new InfoColumn("t.full_name_en", "full_name_en"),
            new InfoColumn("t.unit_type", "unit_type"));

    public ProvincesLayer() {
        super(PublishedLayer.PROVINCES, COLOUR,
                Strokes.dashed(2f, 12f, 3f, 2f, 3f, 2f, 3f), 8f, new Font(Strokes.FONT_FAMILY, Font.BOLD, 12),
                250_000, 20_000_000, "Địa giới tỉnh / Province boundary");
    }

    @Override
    public List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query) {
        return probe(source, query, ID, INFO);
    }
}

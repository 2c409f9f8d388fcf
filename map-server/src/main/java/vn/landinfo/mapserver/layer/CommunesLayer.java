package vn.landinfo.mapserver.layer;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.sql.FeatureSource;

/** Xã, phường, đặc khu: the current communes (since 1 July 2025), from 1:1 000 000. */
public final class CommunesLayer extends BoundaryLayer {

    static final Color COLOUR = new Color(0x7A2E8C);

    private static final InfoColumn ID = new InfoColumn("t.code", "code");
    private static final List<InfoColumn> INFO = List.of(
            new InfoColumn("t.code", "code"),
            new InfoColumn("t.name_vi", "name_vi"),
            new InfoColumn("t.name_en", "name_en"),
            new InfoColumn("t.full_name_vi", "full_name_vi"),
            new InfoColumn("t.full_name_en", "full_name_en"),
            new InfoColumn("t.unit_type", "unit_type"),
            new InfoColumn("t.province_code", "province_code"));

    public CommunesLayer() {
        super(PublishedLayer.COMMUNES, COLOUR,
                Strokes.dashed(1.2f, 9f, 2.5f, 1.5f, 2.5f), 5f, new Font(Strokes.FONT_FAMILY, Font.ITALIC, 11),
                8_000, 150_000, "Địa giới xã / Commune boundary");
    }

    @Override
    public List<FeatureInfo> featureInfo(FeatureSource source, InfoQuery query) {
        return probe(source, query, ID, INFO);
    }
}

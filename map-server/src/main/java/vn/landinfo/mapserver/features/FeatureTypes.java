package vn.landinfo.mapserver.features;

import static vn.landinfo.mapserver.features.PropertyType.BOOLEAN;
import static vn.landinfo.mapserver.features.PropertyType.DATE_TIME;
import static vn.landinfo.mapserver.features.PropertyType.DECIMAL;
import static vn.landinfo.mapserver.features.PropertyType.GEOMETRY;
import static vn.landinfo.mapserver.features.PropertyType.INTEGER;
import static vn.landinfo.mapserver.features.PropertyType.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.PublishedLayer;

/**
 * The feature types, one per published layer (docs/decisions/0170-features-one-model-for-wfs-and-ogc-api.md):
 * an exhaustive switch over {@link PublishedLayer}, as the WMS and the tiles have, so a layer added to the
 * catalogue does not compile until it is served as features too. Every feature type reads WGS 84 geometry
 * ({@code geom}); the services reproject in SQL.
 */
public final class FeatureTypes {

    // Properties that more than one feature type carries, under the same name, column and titles.
    private static final FeatureProperty COMMUNE_CODE = p("commune_code", STRING, "Mã xã", "Commune code");
    private static final FeatureProperty SURVEY_UNIT_CODE = p("survey_unit_code", STRING, "Mã đơn vị đo đạc", "Survey unit code");
    private static final FeatureProperty SURVEY_UNIT_NAME = p("survey_unit_name", STRING, "Tên đơn vị đo đạc", "Survey unit name");
    private static final FeatureProperty SHEET_NUMBER = p("sheet_number", INTEGER, "Số tờ bản đồ", "Map sheet number");
    private static final FeatureProperty PARCEL_NUMBER = p("parcel_number", INTEGER, "Số thửa", "Parcel number");

    private final List<FeatureType> types;

    private FeatureTypes(List<FeatureType> types) {
        this.types = List.copyOf(types);
    }

    /** The feature types an audience may see, in the catalogue's order (the public service lists only PUBLIC ones). */
    public static FeatureTypes forAudience(Audience audience) {
        List<FeatureType> list = new ArrayList<>();
        for (PublishedLayer layer : PublishedLayer.values()) {
            if (audience.sees(layer.audience())) {
                list.add(of(layer));
            }
        }
        return new FeatureTypes(list);
    }

    public List<FeatureType> all() {
        return types;
    }

    /** A feature type by the exact name a client gave (type names are case-sensitive). */
    public Optional<FeatureType> find(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static FeatureType of(PublishedLayer layer) {
        FeatureProperty geom = new FeatureProperty("geom", GEOMETRY, "geom", false, "Hình thể", "Geometry");
        return switch (layer) {
            case PARCELS -> new FeatureType(layer, "publish.parcels", "publish.parcel_history", "id", geom, List.of(
                    p("national_id", STRING, "Mã định danh thửa đất", "National parcel ID"),
                    COMMUNE_CODE,
                    p("commune_name", STRING, "Tên xã", "Commune name"),
                    SURVEY_UNIT_CODE, SURVEY_UNIT_NAME, SHEET_NUMBER, PARCEL_NUMBER,
                    p("main_purpose", STRING, "Loại đất chính", "Main land-use purpose"),
                    p("purposes", STRING, "Các loại đất", "Land-use purposes"),
                    p("legal_area", DECIMAL, "Diện tích pháp lý (m²)", "Legal area (m²)"),
                    p("computed_area", DECIMAL, "Diện tích tính toán (m²)", "Computed area (m²)"),
                    nullable("address", STRING, "Địa chỉ", "Address"),
                    p("version", INTEGER, "Phiên bản", "Version"),
                    p("valid_from", DATE_TIME, "Hiệu lực từ", "Valid from"),
                    nullable("valid_to", DATE_TIME, "Hiệu lực đến", "Valid to"),
                    p("restricted", BOOLEAN, "Đang thế chấp, kê biên hoặc tranh chấp", "Mortgaged, seized or disputed")));
            case RESTRICTIONS -> new FeatureType(layer, "publish.restricted_parcels", null, "id", geom, List.of(
                    PARCEL_NUMBER,
                    new FeatureProperty("restriction_kinds", STRING, "kinds", false, "Loại hạn chế", "Restriction kinds"),
                    new FeatureProperty("restricted_since", DATE_TIME, "since", false, "Hạn chế từ", "Restricted since")));
            case MAP_SHEETS -> new FeatureType(layer, "publish.map_sheets", null, "id", geom, List.of(
                    COMMUNE_CODE, SURVEY_UNIT_CODE, SURVEY_UNIT_NAME, SHEET_NUMBER,
                    p("scale", INTEGER, "Tỷ lệ đo vẽ", "Survey scale"),
                    p("srid", INTEGER, "Hệ tọa độ (EPSG)", "Coordinate system (EPSG)"),
                    nullable("survey_year", INTEGER, "Năm đo đạc", "Survey year")));
            case COMMUNES -> new FeatureType(layer, "publish.communes", null, "code", geom,
                    adminUnit("Mã xã", "Commune code", p("province_code", STRING, "Mã tỉnh", "Province code")));
            case PROVINCES -> new FeatureType(layer, "publish.provinces", null, "code", geom, adminUnit("Mã tỉnh", "Province code"));
        };
    }

    /**
     * The properties publish.communes and publish.provinces share (an administrative unit's code, names and type),
     * the code titled as the unit's, then the unit's own.
     */
    private static List<FeatureProperty> adminUnit(String codeTitleVi, String codeTitleEn, FeatureProperty... own) {
        List<FeatureProperty> list = new ArrayList<>(List.of(
                p("code", STRING, codeTitleVi, codeTitleEn),
                p("name_vi", STRING, "Tên", "Name (Vietnamese)"),
                nullable("name_en", STRING, "Tên tiếng Anh", "Name (English)"),
                p("full_name_vi", STRING, "Tên đầy đủ", "Full name (Vietnamese)"),
                nullable("full_name_en", STRING, "Tên đầy đủ tiếng Anh", "Full name (English)"),
                p("unit_type", STRING, "Loại đơn vị", "Unit type")));
        list.addAll(List.of(own));
        return list;
    }

    /** A property read from the view's column of the same name. */
    private static FeatureProperty p(String name, PropertyType type, String titleVi, String titleEn) {
        return new FeatureProperty(name, type, name, false, titleVi, titleEn);
    }

    private static FeatureProperty nullable(String name, PropertyType type, String titleVi, String titleEn) {
        return new FeatureProperty(name, type, name, true, titleVi, titleEn);
    }
}

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
                    p("national_id", STRING, "national_id", "Mã định danh thửa đất", "National parcel ID"),
                    p("commune_code", STRING, "commune_code", "Mã xã", "Commune code"),
                    p("commune_name", STRING, "commune_name", "Tên xã", "Commune name"),
                    p("survey_unit_code", STRING, "survey_unit_code", "Mã đơn vị đo đạc", "Survey unit code"),
                    p("survey_unit_name", STRING, "survey_unit_name", "Tên đơn vị đo đạc", "Survey unit name"),
                    p("sheet_number", INTEGER, "sheet_number", "Số tờ bản đồ", "Map sheet number"),
                    p("parcel_number", INTEGER, "parcel_number", "Số thửa", "Parcel number"),
                    p("main_purpose", STRING, "main_purpose", "Loại đất chính", "Main land-use purpose"),
                    p("purposes", STRING, "purposes", "Các loại đất", "Land-use purposes"),
                    p("legal_area", DECIMAL, "legal_area", "Diện tích pháp lý (m²)", "Legal area (m²)"),
                    p("computed_area", DECIMAL, "computed_area", "Diện tích tính toán (m²)", "Computed area (m²)"),
                    nullable("address", STRING, "address", "Địa chỉ", "Address"),
                    p("version", INTEGER, "version", "Phiên bản", "Version"),
                    p("valid_from", DATE_TIME, "valid_from", "Hiệu lực từ", "Valid from"),
                    nullable("valid_to", DATE_TIME, "valid_to", "Hiệu lực đến", "Valid to"),
                    p("restricted", BOOLEAN, "restricted", "Đang thế chấp, kê biên hoặc tranh chấp", "Mortgaged, seized or disputed")));
            case RESTRICTIONS -> new FeatureType(layer, "publish.restricted_parcels", null, "id", geom, List.of(
                    p("parcel_number", INTEGER, "parcel_number", "Số thửa", "Parcel number"),
                    p("restriction_kinds", STRING, "kinds", "Loại hạn chế", "Restriction kinds"),
                    p("restricted_since", DATE_TIME, "since", "Hạn chế từ", "Restricted since")));
            case MAP_SHEETS -> new FeatureType(layer, "publish.map_sheets", null, "id", geom, List.of(
                    p("commune_code", STRING, "commune_code", "Mã xã", "Commune code"),
                    p("survey_unit_code", STRING, "survey_unit_code", "Mã đơn vị đo đạc", "Survey unit code"),
                    p("survey_unit_name", STRING, "survey_unit_name", "Tên đơn vị đo đạc", "Survey unit name"),
                    p("sheet_number", INTEGER, "sheet_number", "Số tờ bản đồ", "Map sheet number"),
                    p("scale", INTEGER, "scale", "Tỷ lệ đo vẽ", "Survey scale"),
                    p("srid", INTEGER, "srid", "Hệ tọa độ (EPSG)", "Coordinate system (EPSG)"),
                    nullable("survey_year", INTEGER, "survey_year", "Năm đo đạc", "Survey year")));
            case COMMUNES -> new FeatureType(layer, "publish.communes", null, "code", geom, List.of(
                    p("code", STRING, "code", "Mã xã", "Commune code"),
                    p("name_vi", STRING, "name_vi", "Tên", "Name (Vietnamese)"),
                    nullable("name_en", STRING, "name_en", "Tên tiếng Anh", "Name (English)"),
                    p("full_name_vi", STRING, "full_name_vi", "Tên đầy đủ", "Full name (Vietnamese)"),
                    nullable("full_name_en", STRING, "full_name_en", "Tên đầy đủ tiếng Anh", "Full name (English)"),
                    p("unit_type", STRING, "unit_type", "Loại đơn vị", "Unit type"),
                    p("province_code", STRING, "province_code", "Mã tỉnh", "Province code")));
            case PROVINCES -> new FeatureType(layer, "publish.provinces", null, "code", geom, List.of(
                    p("code", STRING, "code", "Mã tỉnh", "Province code"),
                    p("name_vi", STRING, "name_vi", "Tên", "Name (Vietnamese)"),
                    nullable("name_en", STRING, "name_en", "Tên tiếng Anh", "Name (English)"),
                    p("full_name_vi", STRING, "full_name_vi", "Tên đầy đủ", "Full name (Vietnamese)"),
                    nullable("full_name_en", STRING, "full_name_en", "Tên đầy đủ tiếng Anh", "Full name (English)"),
                    p("unit_type", STRING, "unit_type", "Loại đơn vị", "Unit type")));
        };
    }

    private static FeatureProperty p(String name, PropertyType type, String column, String titleVi, String titleEn) {
        return new FeatureProperty(name, type, column, false, titleVi, titleEn);
    }

    private static FeatureProperty nullable(String name, PropertyType type, String column, String titleVi, String titleEn) {
        return new FeatureProperty(name, type, column, true, titleVi, titleEn);
    }
}

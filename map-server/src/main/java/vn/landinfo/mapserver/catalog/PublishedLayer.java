package vn.landinfo.mapserver.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one catalogue of what the map services publish (docs/decisions/0070-one-catalogue-of-published-layers.md):
 * each constant is a published view with its titles, keywords, audience, geometry, attributes, scale and
 * zoom ranges and styles, in drawing order (bottom to top). The WMS and the vector tiles are both built
 * from it; each says how it serves a layer through an exhaustive switch over these constants, so a layer
 * added here cannot be forgotten by either.
 */
public enum PublishedLayer {

    PARCELS("parcels", "Thửa đất địa chính", "Cadastral parcels",
            "Thửa đất hiện hành, tô màu theo loại đất chính (bảng màu bản đồ hiện trạng sử dụng đất), số thửa từ tỷ lệ 1:2000; "
                    + "thuộc tính: số thửa, loại đất chính, diện tích pháp lý (m²). "
                    + "Current parcels filled by main land-use purpose (national palette), parcel numbers from 1:2000; "
                    + "attributes: parcel number, main land-use code, legal area (m²).",
            List.of("thửa đất", "địa chính", "loại đất", "hiện trạng sử dụng đất", "parcels", "cadastre", "land use", "land cover"),
            Audience.PUBLIC, "publish.parcel_shapes", "geom_3857",
            attributes("parcel_number", "Number", "main_purpose", "String", "legal_area", "Number"),
            ExtentSource.MAP_SHEETS, 25_000, List.of(Styles.LAND_USE, Styles.OUTLINE), new ZoomRange(14, 20, 0)),

    RESTRICTIONS("restrictions", "Thửa đất đang thế chấp, kê biên, tranh chấp", "Parcels under mortgage, seizure or dispute",
            "Chỉ dành cho cán bộ đăng ký đất đai. Officers only: parcels with a registered mortgage, seizure or dispute.",
            List.of("thế chấp", "kê biên", "tranh chấp", "hạn chế quyền", "mortgage", "seizure", "dispute", "restrictions"),
            Audience.OFFICER, "publish.restricted_parcels", "geom_3857",
            attributes("parcel_number", "Number", "restriction_kinds", "String", "restricted_since", "String"),
            ExtentSource.MAP_SHEETS, 25_000, List.of(Styles.HATCH), null),

    MAP_SHEETS("map_sheets", "Tờ bản đồ địa chính", "Cadastral map sheets",
            "Khung các tờ bản đồ địa chính hiện hành: số tờ, tỷ lệ đo vẽ, đơn vị đo đạc. "
                    + "Extents of the current cadastral map sheets: sheet number, survey scale, survey unit.",
            List.of("tờ bản đồ", "bản đồ địa chính", "đo đạc", "map sheets", "cadastral survey", "survey units"),
            Audience.PUBLIC, "publish.map_sheets", "geom",
            attributes("commune_code", "String", "survey_unit_code", "String", "survey_unit_name", "String",
                    "sheet_number", "Number", "scale", "Number"),
            ExtentSource.MAP_SHEETS, 50_000, List.of(Styles.SHEET_FRAME), new ZoomRange(12, 18, 300)),

    COMMUNES("communes", "Xã, phường, đặc khu", "Communes, wards and special zones",
            "Địa giới hành chính cấp xã hiện hành (sau ngày 1/7/2025). Current commune-level administrative boundaries (since 1 July 2025).",
            List.of("địa giới hành chính", "xã", "phường", "đặc khu", "administrative boundaries", "communes", "wards"),
            Audience.PUBLIC, "publish.communes", "geom",
            attributes("code", "String", "name", "String", "name_en", "String", "province_code", "String"),
            ExtentSource.PROVINCES, 1_000_000, List.of(Styles.COMMUNE_BOUNDARY), new ZoomRange(8, 16, 3600)),

    PROVINCES("provinces", "Tỉnh, thành phố", "Provinces",
            "Địa giới hành chính cấp tỉnh hiện hành (34 tỉnh, thành phố trực thuộc trung ương). "
                    + "Current province boundaries (the 34 provinces and centrally-run cities).",
            List.of("địa giới hành chính", "tỉnh", "thành phố", "administrative boundaries", "provinces"),
            Audience.PUBLIC, "publish.provinces", "geom",
            attributes("code", "String", "name", "String", "name_en", "String"),
            ExtentSource.PROVINCES, Double.POSITIVE_INFINITY, List.of(Styles.PROVINCE_BOUNDARY), new ZoomRange(4, 12, 3600));

    private final String layerName;
    private final String titleVi;
    private final String titleEn;
    private final String abstractText;
    private final List<String> keywords;
    private final Audience audience;
    private final String view;
    private final String geometryColumn;
    private final Map<String, String> attributes;
    private final ExtentSource extent;
    private final double maxScaleDenominator;
    private final List<LayerStyle> styles;
    private final ZoomRange tiles;

    PublishedLayer(String layerName, String titleVi, String titleEn, String abstractText, List<String> keywords, Audience audience,
                   String view, String geometryColumn, Map<String, String> attributes, ExtentSource extent,
                   double maxScaleDenominator, List<LayerStyle> styles, ZoomRange tiles) {
        this.layerName = layerName;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.abstractText = abstractText;
        this.keywords = List.copyOf(keywords);
        this.audience = audience;
        this.view = view;
        this.geometryColumn = geometryColumn;
        this.attributes = attributes;
        this.extent = extent;
        this.maxScaleDenominator = maxScaleDenominator;
        this.styles = List.copyOf(styles);
        this.tiles = tiles;
    }

    /** The name clients ask for (LAYERS=, /tiles/{name}/…); OGC names are case-sensitive. */
    public String layerName() {
        return layerName;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    /** Vietnamese first, then English. */
    public String title() {
        return titleVi + " / " + titleEn;
    }

    public String abstractText() {
        return abstractText;
    }

    /** Vietnamese keywords first, then English ones (capabilities' KeywordList). */
    public List<String> keywords() {
        return keywords;
    }

    public Audience audience() {
        return audience;
    }

    /** The published view the layer is drawn and cut from (schema-qualified). */
    public String view() {
        return view;
    }

    /** Its geometry column: the stored Web Mercator copy for parcel shapes, WGS 84 otherwise. */
    public String geometryColumn() {
        return geometryColumn;
    }

    /** Attribute name → type ("Number", "String"), in the order a feature carries them. */
    public Map<String, String> attributes() {
        return attributes;
    }

    public ExtentSource extent() {
        return extent;
    }

    /** Beyond this scale denominator the WMS draws nothing (positive infinity: always drawn). */
    public double maxScaleDenominator() {
        return maxScaleDenominator;
    }

    /** Its styles, the default first. */
    public List<LayerStyle> styles() {
        return styles;
    }

    /** The zooms it is cut into vector tiles for; empty when it is not served as tiles. */
    public Optional<ZoomRange> tiles() {
        return Optional.ofNullable(tiles);
    }

    private static Map<String, String> attributes(String... nameTypePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            m.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}

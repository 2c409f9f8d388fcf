package vn.landinfo.mapserver.catalog;

/** The named styles of the published layers; each layer's first style is its default. */
public final class Styles {

    public static final LayerStyle LAND_USE = new LayerStyle("land-use", "Loại đất theo bảng màu quốc gia", "Land use, national palette");
    public static final LayerStyle OUTLINE = new LayerStyle("outline", "Ranh giới thửa", "Parcel boundaries");
    public static final LayerStyle HATCH = new LayerStyle("hatch", "Gạch chéo đỏ", "Red hatching");
    public static final LayerStyle SHEET_FRAME = new LayerStyle("sheet-frame", "Khung tờ bản đồ", "Map sheet frame");
    public static final LayerStyle COMMUNE_BOUNDARY = new LayerStyle("boundary", "Địa giới cấp xã", "Commune boundary");
    public static final LayerStyle PROVINCE_BOUNDARY = new LayerStyle("boundary", "Địa giới cấp tỉnh", "Province boundary");

    private Styles() {
    }
}

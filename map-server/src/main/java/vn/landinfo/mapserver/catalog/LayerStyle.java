package vn.landinfo.mapserver.catalog;

/** A named way of drawing a layer; titles Vietnamese first, then English. */
public record LayerStyle(String name, String titleVi, String titleEn) {

    public String title() {
        return titleVi + " / " + titleEn;
    }
}

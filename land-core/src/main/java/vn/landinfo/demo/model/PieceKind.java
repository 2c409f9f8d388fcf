package vn.landinfo.demo.model;

/** What a generated piece of land is, before its final area decides the land-use purposes. */
public enum PieceKind {
    ROAD(true), CANAL(true), IRRIGATION(true), RIVER(true), STREAM(true), LAKE(true),
    URBAN_LOT(false), INSTITUTION(false), GARDEN(false), FIELD(false), UPLAND_FIELD(false), POND(false),
    FOREST(false), PROTECTION_FOREST(false), UNUSED(false), CEMETERY(false), PAGODA(false), SHRINE(false);

    private final boolean network;

    PieceKind(boolean network) {
        this.network = network;
    }

    /** Roads and water: the network the blocks lie between. */
    public boolean network() {
        return network;
    }
}

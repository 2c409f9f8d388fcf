package vn.landinfo.mapserver.catalog;

/**
 * Who a layer may be shown to. Every layer a request can name is looked up in a catalogue built for
 * the caller's audience, so an officer layer is not merely hidden from capabilities: to the public
 * services it does not exist (LayerNotDefined), whatever name is asked for.
 */
public enum Audience {
    /** Anyone, anonymously: published views without owner data or bulk encumbrance lists. */
    PUBLIC,
    /** Registration officers, once access control authenticates them (a later issue). */
    OFFICER;

    public boolean sees(Audience layerAudience) {
        return this == OFFICER || layerAudience == PUBLIC;
    }
}

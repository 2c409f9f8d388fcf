package vn.landinfo.adminunit.model;

/**
 * Input an administrative-unit import refuses (malformed JSON, an unknown code, a geometry that is not a polygon).
 * The message names the file and the feature; the import it interrupts writes nothing.
 */
public class InvalidAdminUnitInput extends RuntimeException {
    public InvalidAdminUnitInput(String message) {
        super(message);
    }
}

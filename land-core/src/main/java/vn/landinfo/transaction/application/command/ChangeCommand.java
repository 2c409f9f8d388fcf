package vn.landinfo.transaction.application.command;

import java.util.Set;

/**
 * The typed payload of one transaction kind: what the officer asks the register to do. Geometries are
 * GeoJSON in the transaction's CRS (EPSG:4326 by default, or a VN-2000 TM-3 SRID given explicitly).
 * Commands are plain records so that Jackson reads them from the REST body and writes them into a
 * draft's stored payload unchanged.
 */
public interface ChangeCommand {

    /** The existing parcels this change edits directly; their versions are what If-Match must name. */
    Set<Long> editedParcels();
}

package vn.landinfo.transaction.application.command;

import java.util.Set;

/**
 * The typed change of one transaction kind: what the officer asks the register to do, parsed at the edge
 * (docs/decisions/0091-commands-parsed-at-the-edge.md). Geometries are JTS geometries in the transaction's
 * CRS (EPSG:4326 by default, or a VN-2000 TM-3 SRID given explicitly; each carries that SRID), already
 * checked for structure and size; amounts and areas are BigDecimal, dates LocalDate. No use case sees the
 * JSON a command was read from: the adapter {@code vn.landinfo.transaction.adapter.json} reads it.
 */
public sealed interface ChangeCommand permits BoundaryCorrection, CertificateChange, FirstRegistration, InformationChange,
        Merge, MortgageRegistration, MortgageRelease, PurposeChange, RightsTransfer, Split {

    /** The existing parcels this change edits directly; their versions are what If-Match must name. */
    Set<Long> editedParcels();
}

package vn.landinfo.transaction.application;

import vn.landinfo.transaction.application.command.ChangeCommand;

/**
 * A change read into its command, with the CRS its geometries were given in and the form a draft keeps
 * it in ({@code stored}, opaque here: the adapter that reads changes writes and reads it back).
 */
public record StoredChange(ChangeCommand command, int srid, String stored) {
}

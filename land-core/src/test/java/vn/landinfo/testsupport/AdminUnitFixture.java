package vn.landinfo.testsupport;

import javax.sql.DataSource;
import vn.landinfo.adminunit.application.ImportingAdminUnits;

/**
 * The real 34 provinces and 3,321 communes, loaded once into the test database from {@code data/admin-units}.
 * Tests of any context that need communes call {@link #ensureLoaded(DataSource)} first.
 */
public final class AdminUnitFixture {

    private static final Object LOCK = new Object();
    private static volatile DataSource loadedInto;

    private AdminUnitFixture() {
    }

    /**
     * Imports the reference units unless already done; thread-safe in this JVM, and across JVMs and databases
     * through the importer's own idempotency (a recorded {@code admin-units} load makes the import a no-op).
     */
    public static void ensureLoaded(DataSource ds) {
        if (loadedInto == ds) {
            return;
        }
        synchronized (LOCK) {
            if (loadedInto != ds) {
                new ImportingAdminUnits(ds).importReference(TestDatabase.repositoryRoot().resolve("data/admin-units"));
                loadedInto = ds;
            }
        }
    }
}

package vn.landinfo.demo.application;

import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Placeholder for the register part of the demo (parties, rights, certificates, mortgages, history),
 * which is built separately: called with the connection and transaction that just loaded the
 * communes' parcels. This version does nothing.
 */
public class PopulatingDemoRegister {

    public void populate(Connection connection, List<Long> communeIds, long seed, Consumer<String> progress) {
        // The register helper's implementation replaces this class.
    }
}

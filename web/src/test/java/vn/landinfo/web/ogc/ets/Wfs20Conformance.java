package vn.landinfo.web.ogc.ets;

import java.nio.file.Path;

/** Where the conformance runs write their reports: {@code web/target/ets-wfs20/<target>/} (set by the pom). */
final class Wfs20Conformance {

    private Wfs20Conformance() {
    }

    static Path reports(String target) {
        return Path.of(System.getProperty("landinfo.ets.wfs20.reports", "target/ets-wfs20")).toAbsolutePath().resolve(target);
    }
}

package vn.landinfo.demo.application;

import java.util.List;

/** What a demo load did: parcels and communes loaded, communes skipped, wall time. */
public record DemoDataReport(String datasetName, boolean alreadyLoaded, long parcels, List<String> communes,
                             List<String> skippedCommunes, double seconds) {

    public double parcelsPerSecond() {
        return seconds > 0 ? parcels / seconds : 0;
    }
}

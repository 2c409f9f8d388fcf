package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The register's history over OGC, as a GIS user sees a parcel before and after its split: the parcel (a 10 × 30 m lot on
 * a street, a case of its own) first gets a purpose change (version 2), then is split through the REST API into two
 * children. WFS 2.0 ResourceId version actions and startDate/endDate return its versions with the geometry and area
 * they had; OGC API {@code datetime} returns the parent before the split and the children after it; the current
 * register no longer holds the parent. The published history is a plain view of the register
 * (V23 {@code publish.parcel_history}): what a REST transaction commits is there at once, no refresh involved.
 */
class FeatureHistoryIT extends TransactionApiTestSupport {

    private static final String WFS = "/ogc/wfs";
    private static final String ITEMS = "/ogc/features/collections/parcels/items";

    /** A parcel's version as the register keeps it: its number, lifespan and legal area. */
    private record Version(int number, Instant begin, Instant end, BigDecimal legalArea) {
    }

    private Version versionOf(long parcel, int version) {
        return jdbc.sql("SELECT version, begin_lifespan, end_lifespan, legal_area FROM parcel_version WHERE parcel_id = :p AND version = :v")
                .param("p", parcel).param("v", version)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getBigDecimal(4)))
                .single();
    }

    /** How far (metres) a GeoJSON geometry lies from a version's stored geometry, both ways (Hausdorff, in TM-3). */
    private double distanceFromStored(JsonNode geometry, long parcel, int version) {
        return jdbc.sql("""
                SELECT ST_HausdorffDistance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(:g), 4326), ST_SRID(pv.geom_tm3)), pv.geom_tm3)
                FROM parcel_version pv WHERE pv.parcel_id = :p AND pv.version = :v""")
                .param("g", geometry.toString()).param("p", parcel).param("v", version).query(Double.class).single();
    }

    /** A WFS 2.0 GetFeature of parcels with one fes:ResourceId (its attributes as given), answered as GeoJSON. */
    private JsonNode byResourceId(String ridAttributes) {
        Response r = postXml(WFS, """
                <wfs:GetFeature service="WFS" version="2.0.0" outputFormat="application/json"
                    xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0">
                  <wfs:Query typeNames="parcels"><fes:Filter><fes:ResourceId %s/></fes:Filter></wfs:Query>
                </wfs:GetFeature>""".formatted(ridAttributes));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    /** The parcel ids (without version) of an OGC API page. */
    private static List<Long> parcels(JsonNode collection) {
        List<Long> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(Long.valueOf(f.get("id").asString().split("\\.")[0])));
        return ids;
    }

    private JsonNode items(String query) {
        Response r = get(ITEMS + "?" + query, "Accept", "application/geo+json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The parent's extent in CRS84, as OGC API's bbox takes it (its neighbours touch it, so they are selected too). */
    private String bboxOf(long parcel) {
        return jdbc.sql("SELECT concat_ws(',', ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)) FROM (SELECT ST_Envelope(geom)::box2d b "
                        + "FROM parcel_version WHERE parcel_id = :p AND version = 1) s")
                .param("p", parcel).query(String.class).single();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aSplitParcelIsServedAsItWasBeforeTheSplitAndItsChildrenAfter() {
        Split lot = lotOnAStreet();
        long parent = lot.parcel();
        Response changed = post(TX, purposeChange(parent), "If-Match", etag(parent), "X-Landinfo-Officer", "officer-history");
        assertThat(changed.status()).as(changed.body()).isEqualTo(201);
        List<Long> children = commitSplit(new Split(parent, version(parent), lot.blade()), "history over OGC test", "officer-history");
        Version v1 = versionOf(parent, 1);
        Version v2 = versionOf(parent, 2);
        assertThat(v2.end()).as("the split ended version 2").isNotNull();
        String box = bboxOf(parent);

        // The current register: the parent is gone, its children are there.
        Response current = get(WFS + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&OUTPUTFORMAT=application/json"
                + "&RESOURCEID=parcels." + parent + ",parcels." + children.get(0) + ",parcels." + children.get(1));
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(ids(current.json())).containsExactlyInAnyOrder("parcels." + children.get(0), "parcels." + children.get(1));
        assertThat(parcels(items("bbox=" + box))).contains(children.get(0), children.get(1)).doesNotContain(parent);

        // PREVIOUS of the parent as it is now (retired): the version the split ended, with its geometry and area.
        JsonNode previous = byResourceId("rid=\"parcels." + parent + "\" version=\"PREVIOUS\"");
        assertThat(ids(previous)).containsExactly("parcels." + parent + ".2");
        JsonNode before = previous.get("features").get(0);
        assertThat(before.get("properties").get("legal_area").decimalValue()).isEqualByComparingTo(v2.legalArea()).isEqualByComparingTo("300.0");
        assertThat(before.get("properties").get("version").asInt()).isEqualTo(2);
        assertThat(distanceFromStored(before.get("geometry"), parent, 2)).as("metres from the stored pre-split geometry").isLessThan(0.02);
        assertThat(before.get("properties").get("purposes").asString()).isEqualTo("ODT+TMD");

        // The other version actions and a version number.
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" version=\"ALL\"")))
                .containsExactly("parcels." + parent + ".1", "parcels." + parent + ".2");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" version=\"FIRST\""))).containsExactly("parcels." + parent + ".1");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" version=\"LAST\""))).containsExactly("parcels." + parent + ".2");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" version=\"1\""))).containsExactly("parcels." + parent + ".1");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + ".2\" version=\"PREVIOUS\""))).containsExactly("parcels." + parent + ".1");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + ".1\" version=\"NEXT\""))).containsExactly("parcels." + parent + ".2");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" version=\"NEXT\""))).as("nothing follows a retirement").isEmpty();
        assertThat(ids(byResourceId("rid=\"parcels." + children.get(0) + "\" version=\"PREVIOUS\""))).as("a child has no past").isEmpty();
        JsonNode first = byResourceId("rid=\"parcels." + parent + "\" version=\"FIRST\"").get("features").get(0);
        assertThat(first.get("properties").get("purposes").asString()).isEqualTo("ODT");
        assertThat(distanceFromStored(first.get("geometry"), parent, 1)).isLessThan(0.02);

        // startDate / endDate: the versions alive in the period.
        Instant between = v2.begin().plusMillis(Math.max(1, (v2.end().toEpochMilli() - v2.begin().toEpochMilli()) / 2));
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" startDate=\"" + between + "\" endDate=\"" + between + "\"")))
                .containsExactly("parcels." + parent + ".2");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" startDate=\"" + v1.begin() + "\" endDate=\"" + between + "\"")))
                .containsExactly("parcels." + parent + ".1", "parcels." + parent + ".2");
        assertThat(ids(byResourceId("rid=\"parcels." + parent + "\" startDate=\"" + v2.end().plusSeconds(1) + "\"")))
                .as("after the split the parent is alive in no period").isEmpty();

        // OGC API datetime: an instant before the split is the register then — the parent, not its children; after it, the children.
        JsonNode then = items("bbox=" + box + "&datetime=" + enc(between.toString()));
        assertThat(parcels(then)).contains(parent).doesNotContain(children.get(0), children.get(1));
        assertThat(ids(then)).contains(parent + ".2");
        JsonNode after = items("bbox=" + box + "&datetime=" + enc(v2.end().plusMillis(1).toString()));
        assertThat(parcels(after)).contains(children.get(0), children.get(1)).doesNotContain(parent);
        JsonNode interval = items("bbox=" + box + "&datetime=" + enc(between + "/..") + "&limit=1000");
        assertThat(ids(interval)).contains(parent + ".2").doesNotContain(parent + ".1");
        assertThat(parcels(interval)).contains(children.get(0), children.get(1));

        // The pre-split version is an item of its own; the parent itself is no longer current.
        Response item = get(ITEMS + "/" + parent + ".2", "Accept", "application/geo+json");
        assertThat(item.status()).as(item.body()).isEqualTo(200);
        assertThat(item.json().get("properties").get("legal_area").decimalValue()).isEqualByComparingTo("300.0");
    }
}

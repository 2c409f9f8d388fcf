package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CQL2 (OGC 21-065), conformance class Temporal Functions, on the parcels collection over the whole history
 * ({@code datetime=../..}): one test per abstract test of Annex A, named after it
 * (/conf/temporal-functions/temporal-functions-1 → ats_temporal_functions_temporal_functions_1). The register's
 * Timestamp queryables are the version lifespan, valid_from and valid_to; INTERVAL(valid_from, valid_to) is a
 * version's lifespan, open at the end while the version is in force (decision 0207). Every predicate is sent as
 * cql2-text and as cql2-json, and each count is compared with SQL on publish.parcel_history written from the
 * standard's definitions (t1 = [b1, e1], t2 = [b2, e2], closed intervals).
 */
class Cql2TemporalFunctionsIT extends FeaturesTestSupport {

    /** The definitions of OGC 21-065's two tables of temporal functions (OWL-Time), over the ends of both operands. */
    private static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put("T_AFTER", "{b1} > {e2}");
        DEFINITIONS.put("T_BEFORE", "{e1} < {b2}");
        DEFINITIONS.put("T_DISJOINT", "({e1} < {b2} OR {b1} > {e2})");
        DEFINITIONS.put("T_EQUALS", "{b1} = {b2} AND {e1} = {e2}");
        DEFINITIONS.put("T_INTERSECTS", "NOT ({e1} < {b2} OR {b1} > {e2})");
        DEFINITIONS.put("T_CONTAINS", "{b1} < {b2} AND {e2} < {e1}");
        DEFINITIONS.put("T_DURING", "{b2} < {b1} AND {e1} < {e2}");
        DEFINITIONS.put("T_FINISHEDBY", "{b1} < {b2} AND {e1} = {e2}");
        DEFINITIONS.put("T_FINISHES", "{b2} < {b1} AND {e1} = {e2}");
        DEFINITIONS.put("T_MEETS", "{e1} = {b2}");
        DEFINITIONS.put("T_METBY", "{b1} = {e2}");
        DEFINITIONS.put("T_OVERLAPPEDBY", "{b2} < {b1} AND {b1} < {e2} AND {e2} < {e1}");
        DEFINITIONS.put("T_OVERLAPS", "{b1} < {b2} AND {b2} < {e1} AND {e1} < {e2}");
        DEFINITIONS.put("T_STARTEDBY", "{b1} = {b2} AND {e2} < {e1}");
        DEFINITIONS.put("T_STARTS", "{b1} = {b2} AND {e1} < {e2}");
    }

    private static final List<String> FOR_INSTANTS = List.of("T_AFTER", "T_BEFORE", "T_DISJOINT", "T_EQUALS", "T_INTERSECTS");

    /** One operand: its cql2-text, its cql2-json, and its two ends as SQL. */
    private record Time(String text, String json, String begin, String end) {

        static Time property(String name) {
            return new Time(name, "{\"property\":\"" + name + "\"}", "f." + name, "f." + name);
        }

        static Time timestamp(Instant t) {
            return new Time("TIMESTAMP('" + t + "')", "{\"timestamp\":\"" + t + "\"}", sql(t.toString()), sql(t.toString()));
        }

        static Time interval(String from, String to) {
            return new Time("INTERVAL('" + from + "','" + to + "')", "{\"interval\":[\"" + from + "\",\"" + to + "\"]}",
                    from.equals("..") ? "'-infinity'::timestamptz" : sql(from), to.equals("..") ? "'infinity'::timestamptz" : sql(to));
        }

        /** INTERVAL(q1, q2): a property without a value is an open end (a version in force has no valid_to). */
        static Time interval(Time q1, Time q2) {
            return new Time("INTERVAL(" + q1.text() + "," + q2.text() + ")", "{\"interval\":[" + q1.json() + "," + q2.json() + "]}",
                    "COALESCE(" + q1.begin() + ", '-infinity'::timestamptz)", "COALESCE(" + q2.end() + ", 'infinity'::timestamptz)");
        }

        private static String sql(String instant) {
            return "'" + instant + "'::timestamptz";
        }
    }

    /** A predicate as both encodings write it and as SQL reads it. */
    private record Predicate(String text, String json, String sql) {

        static Predicate of(String function, Time a, Time b) {
            String sql = DEFINITIONS.get(function).replace("{b1}", a.begin()).replace("{e1}", a.end()).replace("{b2}", b.begin())
                    .replace("{e2}", b.end());
            return new Predicate(function + "(" + a.text() + "," + b.text() + ")",
                    "{\"op\":\"" + function.toLowerCase(java.util.Locale.ROOT) + "\",\"args\":[" + a.json() + "," + b.json() + "]}", "(" + sql + ")");
        }
    }

    private final List<Predicate> stored = new ArrayList<>();

    private long matched(String filter, String lang) {
        JsonNode page = ok("/collections/parcels/items?limit=1&datetime=../..&filter-lang=" + lang + "&filter=" + enc(filter), "application/geo+json");
        return page.get("numberMatched").asLong();
    }

    private long expected(String condition) {
        return jdbc.sql("SELECT count(*) FROM publish.parcel_history f WHERE " + condition).query(Long.class).single();
    }

    /** Evaluates a predicate in both encodings, compares the counts with SQL, and stores it for the logical test. */
    private void evaluate(Predicate p) {
        long sql = expected(p.sql());
        assertThat(matched(p.text(), "cql2-text")).as("%s (SQL: %s)", p.text(), p.sql()).isEqualTo(sql);
        assertThat(matched(p.json(), "cql2-json")).as("%s", p.json()).isEqualTo(sql);
        stored.add(p);
    }

    /** The queryables of data type Timestamp, as the collection's queryables say. */
    private List<String> timestampQueryables() {
        JsonNode properties = get("/collections/parcels/queryables", "application/schema+json").json().get("properties");
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(n -> {
            JsonNode format = properties.get(n).get("format");
            if (format != null && format.asString().equals("date-time")) {
                names.add(n);
            }
        });
        assertThat(names).as("the lifespan is queryable").contains("valid_from", "valid_to");
        return names;
    }

    /** A past version's lifespan, so that equals, starts, meets and the like have something to find. */
    private Instant[] aPastLifespan() {
        return jdbc.sql("SELECT valid_from, valid_to FROM publish.parcel_history WHERE valid_to IS NOT NULL ORDER BY version_id LIMIT 1")
                .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}).optional()
                .orElseGet(() -> jdbc.sql("SELECT min(valid_from), max(valid_from) FROM publish.parcel_history")
                        .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}).single());
    }

    private List<Time> literalIntervals() {
        Instant[] past = aPastLifespan();
        return List.of(Time.interval("2021-01-01T00:00:00Z", "2021-12-31T23:59:59Z"), Time.interval(past[0].toString(), past[1].toString()),
                Time.interval("..", past[0].toString()), Time.interval(past[1].toString(), ".."));
    }

    /** /conf/temporal-functions/temporal-functions-1: T_AFTER, T_BEFORE, T_DISJOINT, T_EQUALS, T_INTERSECTS on each Timestamp queryable. */
    @Test
    void ats_temporal_functions_temporal_functions_1() {
        Instant[] past = aPastLifespan();
        for (String q : timestampQueryables()) {
            for (Time literal : List.of(Time.timestamp(Instant.parse("2022-04-24T07:59:57Z")), Time.timestamp(past[0]), Time.timestamp(past[1]),
                    Time.interval("2021-01-01T00:00:00Z", "2021-12-31T23:59:59Z"), Time.interval(past[0].toString(), past[1].toString()))) {
                for (String function : FOR_INSTANTS) {
                    evaluate(Predicate.of(function, Time.property(q), literal));
                }
            }
        }
        // The register holds such instants: at least one predicate on valid_from selects a version.
        assertThat(stored.stream().filter(p -> p.text().startsWith("T_EQUALS(valid_from")).mapToLong(p -> expected(p.sql())).sum()).isPositive();
    }

    /** /conf/temporal-functions/temporal-functions-2: every function on INTERVAL of two Timestamp queryables. */
    @Test
    void ats_temporal_functions_temporal_functions_2() {
        List<String> queryables = timestampQueryables();
        for (String q1 : queryables) {
            for (String q2 : queryables) {
                for (Time literal : literalIntervals()) {
                    for (String function : DEFINITIONS.keySet()) {
                        evaluate(Predicate.of(function, Time.interval(Time.property(q1), Time.property(q2)), literal));
                    }
                }
            }
        }
        // The lifespan relations find the versions they should: the past version's own lifespan equals itself.
        Instant[] past = aPastLifespan();
        Predicate equals = Predicate.of("T_EQUALS", Time.interval(Time.property("valid_from"), Time.property("valid_to")),
                Time.interval(past[0].toString(), past[1].toString()));
        assertThat(matched(equals.text(), "cql2-text")).isPositive();
    }

    /**
     * /conf/temporal-functions/test-data: the standard's test dataset is not this service's, so its table of predicates
     * is played on the register's lifespans — instants against instants and intervals, lifespans against intervals
     * open at either end, literals first and properties second — each count equal to SQL.
     */
    @Test
    void ats_temporal_functions_test_data() {
        Instant[] past = aPastLifespan();
        Time lifespan = Time.interval(Time.property("valid_from"), Time.property("valid_to"));
        Time from = Time.property("valid_from");
        evaluate(Predicate.of("T_AFTER", lifespan, Time.interval("..", past[0].toString())));
        evaluate(Predicate.of("T_BEFORE", lifespan, Time.interval(past[1].toString(), "..")));
        evaluate(Predicate.of("T_INTERSECTS", lifespan, Time.interval(past[1].toString(), past[1].toString())));
        evaluate(Predicate.of("T_DISJOINT", lifespan, Time.timestamp(past[1])));
        evaluate(Predicate.of("T_EQUALS", from, Time.interval(past[0].toString(), past[0].toString())));
        evaluate(Predicate.of("T_BEFORE", Time.timestamp(past[0]), from));
        evaluate(Predicate.of("T_DURING", Time.interval(past[0].toString(), past[1].toString()), lifespan));
        evaluate(Predicate.of("T_METBY", Time.interval(past[1].toString(), ".."), lifespan));
        evaluate(Predicate.of("T_INTERSECTS", Time.interval(Time.property("valid_from"), Time.property("valid_from")),
                Time.interval(Time.property("valid_from"), Time.property("valid_to"))));
        // A version in force has no valid_to: its lifespan is open, so it still intersects every later instant.
        long inForce = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        assertThat(matched("T_INTERSECTS(INTERVAL(valid_from, valid_to), TIMESTAMP('2999-01-01T00:00:00Z'))", "cql2-text")).isEqualTo(inForce);
    }

    /** /conf/temporal-functions/logical: AND, OR and NOT over stored predicates, ten random combinations of four. */
    @Test
    void ats_temporal_functions_logical() {
        ats_temporal_functions_temporal_functions_1();
        Random random = new Random(21_065);
        for (int i = 0; i < 10; i++) {
            Predicate p1 = stored.get(random.nextInt(stored.size()));
            Predicate p2 = stored.get(random.nextInt(stored.size()));
            Predicate p3 = stored.get(random.nextInt(stored.size()));
            Predicate p4 = stored.get(random.nextInt(stored.size()));
            String text = "((NOT " + p1.text() + " AND " + p2.text() + ") OR (" + p3.text() + " AND NOT " + p4.text() + ") OR NOT (" + p1.text()
                    + " AND " + p4.text() + "))";
            String json = "{\"op\":\"or\",\"args\":[{\"op\":\"and\",\"args\":[{\"op\":\"not\",\"args\":[" + p1.json() + "]}," + p2.json() + "]},"
                    + "{\"op\":\"and\",\"args\":[" + p3.json() + ",{\"op\":\"not\",\"args\":[" + p4.json() + "]}]},"
                    + "{\"op\":\"not\",\"args\":[{\"op\":\"and\",\"args\":[" + p1.json() + "," + p4.json() + "]}]}]}";
            String sql = "((NOT " + p1.sql() + " AND " + p2.sql() + ") OR (" + p3.sql() + " AND NOT " + p4.sql() + ") OR NOT (" + p1.sql()
                    + " AND " + p4.sql() + "))";
            long expected = expected(sql);
            assertThat(matched(text, "cql2-text")).as(text).isEqualTo(expected);
            assertThat(matched(json, "cql2-json")).as(json).isEqualTo(expected);
        }
    }

    /** CQL2's second table: the interval relations with an instant are a client error, which names the functions that take one. */
    @Test
    void anIntervalOnlyFunctionWithAnInstantIsAClientError() {
        for (String function : DEFINITIONS.keySet()) {
            if (FOR_INSTANTS.contains(function)) {
                continue;
            }
            problem("/collections/parcels/items?filter=" + enc(function + "(valid_from, INTERVAL('2021-01-01','2021-12-31'))"), 400,
                    function + " compares two intervals");
        }
    }

    /** The class is declared, now that every requirement is met. */
    @Test
    void theConformanceClassIsDeclared() {
        List<String> classes = new ArrayList<>();
        ok("/conformance", "application/json").get("conformsTo").forEach(n -> classes.add(n.asString()));
        assertThat(classes).contains("http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");
    }
}

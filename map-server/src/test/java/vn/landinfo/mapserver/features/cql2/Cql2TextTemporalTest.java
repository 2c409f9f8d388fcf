package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.TemporalOp;

/** cql2-text, conformance class Temporal Functions of OGC 21-065 (decision 0184). */
class Cql2TextTemporalTest {

    private static final Instant JULY_16 = Instant.parse("1969-07-16T05:32:00Z");
    private static final Instant JULY_24 = Instant.parse("1969-07-24T16:50:35Z");

    @Test
    void intervalsAndInstants() {
        assertThat(parse("T_INTERSECTS(valid_from, INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'))"))
                .isEqualTo(new Filter.Temporal(TemporalOp.ANY_INTERACTS, "valid_from", JULY_16, JULY_24));
        assertThat(parse("T_AFTER(valid_from, TIMESTAMP('1969-07-16T05:32:00Z'))"))
                .isEqualTo(new Filter.Temporal(TemporalOp.AFTER, "valid_from", JULY_16, JULY_16));
        assertThat(parse("t_during(valid_from, interval(timestamp('1969-07-16T05:32:00Z'), '..'))"))
                .isEqualTo(new Filter.Temporal(TemporalOp.DURING, "valid_from", JULY_16, Instant.parse("9999-12-31T23:59:59.999999Z")));
        assertThat(parse("T_BEFORE(valid_from, INTERVAL('..', '1969-07-16T05:32:00Z'))"))
                .isEqualTo(new Filter.Temporal(TemporalOp.BEFORE, "valid_from", Instant.parse("0001-01-01T00:00:00Z"), JULY_16));
    }

    @Test
    void aDateIsTheWholeDay() {
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        Instant last = Instant.parse("2020-01-01T23:59:59.999999Z");
        assertThat(parse("T_AFTER(valid_from, DATE('2020-01-01'))")).isEqualTo(new Filter.Temporal(TemporalOp.AFTER, "valid_from", start, last));
        assertThat(parse("T_DURING(valid_from, INTERVAL('2020-01-01', '2020-01-01'))")).isEqualTo(new Filter.Temporal(TemporalOp.DURING, "valid_from", start, last));
    }

    @Test
    void theLiteralFirstTakesTheInverseRelation() {
        assertThat(parse("T_BEFORE(TIMESTAMP('1969-07-16T05:32:00Z'), valid_from)")).isEqualTo(parse("T_AFTER(valid_from, TIMESTAMP('1969-07-16T05:32:00Z'))"));
        assertThat(parse("T_CONTAINS(INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'), valid_from)"))
                .isEqualTo(new Filter.Temporal(TemporalOp.DURING, "valid_from", JULY_16, JULY_24));
        assertThat(parse("T_STARTS(INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'), valid_from)"))
                .isEqualTo(new Filter.Temporal(TemporalOp.BEGUN_BY, "valid_from", JULY_16, JULY_24));
    }

    @Test
    void everyFunctionHasItsOperator() {
        String interval = "INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z')";
        String[][] pairs = {{"T_BEFORE", "BEFORE"}, {"T_EQUALS", "T_EQUALS"}, {"T_FINISHEDBY", "ENDED_BY"}, {"T_FINISHES", "ENDS"},
                {"T_MEETS", "MEETS"}, {"T_METBY", "MET_BY"}, {"T_OVERLAPPEDBY", "OVERLAPPED_BY"}, {"T_OVERLAPS", "T_OVERLAPS"},
                {"T_STARTEDBY", "BEGUN_BY"}, {"T_STARTS", "BEGINS"}, {"T_CONTAINS", "T_CONTAINS"}, {"T_DURING", "DURING"}};
        for (String[] pair : pairs) {
            assertThat(parse(pair[0] + "(valid_from, " + interval + ")"))
                    .isEqualTo(new Filter.Temporal(TemporalOp.valueOf(pair[1]), "valid_from", JULY_16, JULY_24));
        }
        assertThat(parse("T_DISJOINT(valid_from, " + interval + ")"))
                .isEqualTo(new Filter.Not(new Filter.Temporal(TemporalOp.ANY_INTERACTS, "valid_from", JULY_16, JULY_24)));
    }
}

package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.features.filter.TimeOperand;

/** cql2-text, conformance class Temporal Functions of OGC 21-065 (decisions 0184, 0207). */
class Cql2TextTemporalTest {

    private static final Instant JULY_16 = Instant.parse("1969-07-16T05:32:00Z");
    private static final Instant JULY_24 = Instant.parse("1969-07-24T16:50:35Z");
    private static final TimeOperand VALID_FROM = TimeOperand.instant(new TimeOperand.Property("valid_from"));
    private static final TimeOperand JULY = new TimeOperand(at(JULY_16), at(JULY_24), true);
    private static final TimeOperand LIFESPAN = new TimeOperand(new TimeOperand.Property("valid_from"), new TimeOperand.Property("valid_to"), true);

    private static TimeOperand.At at(Instant i) {
        return new TimeOperand.At(i);
    }

    @Test
    void intervalsAndInstants() {
        assertThat(parse("T_INTERSECTS(valid_from, INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.ANY_INTERACTS, VALID_FROM, JULY));
        assertThat(parse("T_AFTER(valid_from, TIMESTAMP('1969-07-16T05:32:00Z'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.AFTER, VALID_FROM, TimeOperand.instant(at(JULY_16))));
        assertThat(parse("t_before(valid_from, interval(timestamp('1969-07-16T05:32:00Z'), '..'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.BEFORE, VALID_FROM, new TimeOperand(at(JULY_16), new TimeOperand.Open(), true)));
        assertThat(parse("T_BEFORE(valid_from, INTERVAL('..', '1969-07-16T05:32:00Z'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.BEFORE, VALID_FROM, new TimeOperand(new TimeOperand.Open(), at(JULY_16), true)));
    }

    /** /conf/temporal-functions/temporal-functions-2: INTERVAL of two properties, on either side. */
    @Test
    void anIntervalOfTwoPropertiesIsTheLifespan() {
        assertThat(parse("T_DURING(INTERVAL(valid_from, valid_to), INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.DURING, LIFESPAN, JULY));
        assertThat(parse("T_CONTAINS(INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z'), INTERVAL(\"valid_from\", valid_to))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.T_CONTAINS, JULY, LIFESPAN));
        assertThat(parse("T_STARTS(INTERVAL(valid_from, '..'), INTERVAL(valid_from, TIMESTAMP('1969-07-24T16:50:35Z')))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.BEGINS, new TimeOperand(new TimeOperand.Property("valid_from"), new TimeOperand.Open(), true),
                        new TimeOperand(new TimeOperand.Property("valid_from"), at(JULY_24), true)));
    }

    @Test
    void aDateIsTheWholeDay() {
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        Instant last = Instant.parse("2020-01-01T23:59:59.999999Z");
        assertThat(parse("T_AFTER(valid_from, DATE('2020-01-01'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.AFTER, VALID_FROM, new TimeOperand(at(start), at(last), false)));
        assertThat(parse("T_DURING(INTERVAL(valid_from, valid_to), INTERVAL('2020-01-01', '2020-01-01'))"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.DURING, LIFESPAN, new TimeOperand(at(start), at(last), true)));
    }

    @Test
    void theLiteralMayComeFirst() {
        assertThat(parse("T_BEFORE(TIMESTAMP('1969-07-16T05:32:00Z'), valid_from)"))
                .isEqualTo(new Filter.TimeRelation(TemporalOp.BEFORE, TimeOperand.instant(at(JULY_16)), VALID_FROM));
    }

    @Test
    void everyFunctionHasItsOperator() {
        String interval = "INTERVAL('1969-07-16T05:32:00Z', '1969-07-24T16:50:35Z')";
        String[][] pairs = {{"T_AFTER", "AFTER"}, {"T_BEFORE", "BEFORE"}, {"T_EQUALS", "T_EQUALS"}, {"T_INTERSECTS", "ANY_INTERACTS"},
                {"T_FINISHEDBY", "ENDED_BY"}, {"T_FINISHES", "ENDS"}, {"T_MEETS", "MEETS"}, {"T_METBY", "MET_BY"},
                {"T_OVERLAPPEDBY", "OVERLAPPED_BY"}, {"T_OVERLAPS", "T_OVERLAPS"}, {"T_STARTEDBY", "BEGUN_BY"}, {"T_STARTS", "BEGINS"},
                {"T_CONTAINS", "T_CONTAINS"}, {"T_DURING", "DURING"}};
        for (String[] pair : pairs) {
            assertThat(parse(pair[0] + "(INTERVAL(valid_from, valid_to), " + interval + ")"))
                    .isEqualTo(new Filter.TimeRelation(TemporalOp.valueOf(pair[1]), LIFESPAN, JULY));
        }
        assertThat(parse("T_DISJOINT(valid_from, " + interval + ")"))
                .isEqualTo(new Filter.Not(new Filter.TimeRelation(TemporalOp.ANY_INTERACTS, VALID_FROM, JULY)));
    }
}

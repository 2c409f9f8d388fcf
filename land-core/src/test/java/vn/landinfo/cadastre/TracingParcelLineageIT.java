package vn.landinfo.cadastre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.application.TracingParcelLineage;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Lineage graphs over a history made by hand ({@link HandMadeChanges#lineage()}): a lot split in halves, the
 * west half split in quarters, and the east quarter merged back with the east half. Every node, generation
 * and edge below follows from that drawing:
 * <pre>
 *   lot ─▶ west ─▶ westQuarter
 *    │       └───▶ eastQuarter ─▶ merged
 *    └───▶ east ─────────────────┘
 * </pre>
 */
class TracingParcelLineageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TracingParcelLineage tracing;
    private static HandMadeChanges.Lineage l;

    @BeforeAll
    static void setUp() {
        tracing = new TracingParcelLineage(JdbcClient.create(TransactionFixture.dataSource()));
        l = new HandMadeChanges(TransactionFixture.dataSource()).lineage();
    }

    private static JsonNode trace(long parcel, int depth) {
        return JSON.readTree(tracing.trace(parcel, depth).orElseThrow());
    }

    /** "id generation relation status" of every node, in the graph's order (generation, then id). */
    private static List<String> nodes(JsonNode graph) {
        return graph.get("nodes").valueStream().map(n -> n.get("id").asLong() + " " + n.get("generation").asInt() + " "
                + n.get("relation").asString() + " " + n.get("status").asString()).toList();
    }

    /** "parent→child kind transaction" of every edge, in the graph's order. */
    private static List<String> edges(JsonNode graph) {
        return graph.get("edges").valueStream().map(e -> e.get("parent").asLong() + "→" + e.get("child").asLong() + " "
                + e.get("kind").asString() + " " + e.get("transactionId").asLong()).toList();
    }

    private static String node(long id, int generation, String relation, String status) {
        return id + " " + generation + " " + relation + " " + status;
    }

    private static String edge(long parent, long child, String kind, long tx) {
        return parent + "→" + child + " " + kind + " " + tx;
    }

    /** The nodes of a graph by id. */
    private static Map<Long, JsonNode> byId(JsonNode graph) {
        Map<Long, JsonNode> m = new LinkedHashMap<>();
        graph.get("nodes").forEach(n -> m.put(n.get("id").asLong(), n));
        return m;
    }

    @Test
    void aMergedParcelHasItsRetiredParentsAsAncestorsJoinedByOneMergeRetiredAtItsInstant() {
        JsonNode graph = trace(l.merged(), 1);

        assertThat(graph.get("parcelId").asLong()).isEqualTo(l.merged());
        assertThat(graph.get("depth").asInt()).isEqualTo(1);
        // Both parents have parents of their own, one generation further than asked for.
        assertThat(graph.get("truncated").asBoolean()).isTrue();
        List<Long> parents = List.of(l.eastQuarter(), l.east()).stream().sorted().toList();
        assertThat(nodes(graph)).containsExactly(node(parents.get(0), -1, "ancestor", "retired"), node(parents.get(1), -1, "ancestor", "retired"),
                node(l.merged(), 0, "self", "current"));
        assertThat(edges(graph)).containsExactlyInAnyOrder(edge(l.eastQuarter(), l.merged(), "merge", l.merging()),
                edge(l.east(), l.merged(), "merge", l.merging()));
        // The parents were retired at the instant the merge committed, the moment the merged parcel began.
        String at = graph.get("edges").get(0).get("at").asString();
        assertThat(graph.get("edges").get(1).get("at").asString()).isEqualTo(at);
        Map<Long, JsonNode> n = byId(graph);
        assertThat(n.get(l.east()).get("validTo").asString()).isEqualTo(at);
        assertThat(n.get(l.eastQuarter()).get("validTo").asString()).isEqualTo(at);
        assertThat(n.get(l.merged()).get("validFrom").asString()).isEqualTo(at);
        assertThat(n.get(l.merged()).get("validTo").isNull()).isTrue();
        // Each node carries its legal address: the merged parcel is the seventh on the case's sheet.
        assertThat(n.get(l.merged()).get("communeCode").asString()).isEqualTo(TransactionFixture.COMMUNE);
        assertThat(n.get(l.merged()).get("sheetNumber").asInt()).isEqualTo(l.c().sheetNumber());
        assertThat(n.get(l.merged()).get("parcelNumber").asInt()).isEqualTo(7);
        assertThat(n.values()).allSatisfy(node -> assertThat(node.get("nationalId").asString()).matches("[0-9b-hjkmnp-z]{12}"));
    }

    @Test
    void theWholeAncestryMeetsTheLotTwiceButNamesItOnceAtItsNearestGenerationAndLeavesOutTheSibling() {
        JsonNode graph = trace(l.merged(), TracingParcelLineage.DEFAULT_DEPTH);

        assertThat(graph.get("truncated").asBoolean()).isFalse();
        // The lot is two generations up through the east half and three through the west half: it counts as -2.
        assertThat(byId(graph).keySet()).containsExactlyInAnyOrder(l.lot(), l.west(), l.east(), l.eastQuarter(), l.merged());
        Map<Long, JsonNode> n = byId(graph);
        assertThat(n.get(l.lot()).get("generation").asInt()).isEqualTo(-2);
        assertThat(n.get(l.west()).get("generation").asInt()).isEqualTo(-2);
        assertThat(n.get(l.east()).get("generation").asInt()).isEqualTo(-1);
        assertThat(n.get(l.eastQuarter()).get("generation").asInt()).isEqualTo(-1);
        assertThat(n.get(l.lot()).get("parcelNumber").asInt()).isEqualTo(1);
        // The west quarter is a sibling of an ancestor, not an ancestor: not in the graph, nor its edge. Edges in the
        // order they were made, then by parent and child (the east half was made before the east quarter, so its id is lower).
        assertThat(edges(graph)).containsExactly(
                edge(l.lot(), Math.min(l.west(), l.east()), "split", l.halving()),
                edge(l.lot(), Math.max(l.west(), l.east()), "split", l.halving()),
                edge(l.west(), l.eastQuarter(), "split", l.quartering()),
                edge(l.east(), l.merged(), "merge", l.merging()),
                edge(l.eastQuarter(), l.merged(), "merge", l.merging()));
    }

    @Test
    void aSplitLotHasEveryDescendantAtItsNearestGeneration() {
        JsonNode graph = trace(l.lot(), TracingParcelLineage.DEFAULT_DEPTH);

        assertThat(graph.get("truncated").asBoolean()).isFalse();
        Map<Long, JsonNode> n = byId(graph);
        assertThat(n.get(l.lot()).get("relation").asString()).isEqualTo("self");
        assertThat(n.get(l.lot()).get("status").asString()).isEqualTo("retired");
        assertThat(n.get(l.west()).get("generation").asInt()).isEqualTo(1);
        assertThat(n.get(l.east()).get("generation").asInt()).isEqualTo(1);
        assertThat(n.get(l.westQuarter()).get("generation").asInt()).isEqualTo(2);
        assertThat(n.get(l.eastQuarter()).get("generation").asInt()).isEqualTo(2);
        // Two generations down through the east half, three through the west half.
        assertThat(n.get(l.merged()).get("generation").asInt()).isEqualTo(2);
        assertThat(n).hasSize(6);
        assertThat(n.values()).filteredOn(x -> x.get("status").asString().equals("current")).extracting(x -> x.get("id").asLong())
                .containsExactlyInAnyOrder(l.westQuarter(), l.merged());
        assertThat(n.values()).filteredOn(x -> x.get("relation").asString().equals("descendant")).hasSize(5);
        // Every edge of the history, two per transaction: the halving, the quartering, the merge.
        assertThat(graph.get("edges").valueStream().map(e -> e.get("kind").asString() + " " + e.get("transactionId").asLong()).toList())
                .containsExactly("split " + l.halving(), "split " + l.halving(), "split " + l.quartering(), "split " + l.quartering(),
                        "merge " + l.merging(), "merge " + l.merging());
        // The halves and quarters took the sheet's next numbers, west to east (the order a cut's children are numbered in).
        assertThat(List.of(l.lot(), l.west(), l.east(), l.westQuarter(), l.eastQuarter(), l.merged()).stream()
                .map(id -> n.get(id).get("parcelNumber").asInt()).toList()).containsExactly(1, 3, 4, 5, 6, 7);
    }

    @Test
    void aSecondGenerationSplitIsWithinDepthTwoAndCutAtDepthOne() {
        JsonNode near = trace(l.westQuarter(), 1);
        JsonNode far = trace(l.westQuarter(), 2);

        assertThat(near.get("truncated").asBoolean()).isTrue();
        assertThat(nodes(near)).containsExactly(node(l.west(), -1, "ancestor", "retired"), node(l.westQuarter(), 0, "self", "current"));
        assertThat(edges(near)).containsExactly(edge(l.west(), l.westQuarter(), "split", l.quartering()));
        assertThat(far.get("truncated").asBoolean()).isFalse();
        assertThat(nodes(far)).containsExactly(node(l.lot(), -2, "ancestor", "retired"), node(l.west(), -1, "ancestor", "retired"),
                node(l.westQuarter(), 0, "self", "current"));
        assertThat(edges(far)).containsExactly(edge(l.lot(), l.west(), "split", l.halving()),
                edge(l.west(), l.westQuarter(), "split", l.quartering()));
    }

    @Test
    void anUnknownParcelHasNoGraphAndTheDepthIsBounded() {
        assertThat(tracing.trace(999_999_999_999L, 3)).isEmpty();
        assertThatThrownBy(() -> tracing.trace(l.lot(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tracing.trace(l.lot(), TracingParcelLineage.MAX_DEPTH + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.landinfo.cadastre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.cadastre.application.TracingParcelLineage;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.testsupport.TransactionFixture;

/** Lineage graphs: the demo's past splits and merges, and a second-generation split made in the transaction test database. */
class TracingParcelLineageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JdbcClient demo;
    private static TracingParcelLineage onDemo;
    private static TracingParcelLineage onTx;
    private static HandMadeChanges changes;

    @BeforeAll
    static void setUp() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
        demo = JdbcClient.create(TestDatabase.dataSource());
        onDemo = new TracingParcelLineage(demo);
        onTx = new TracingParcelLineage(JdbcClient.create(TransactionFixture.dataSource()));
        changes = new HandMadeChanges(TransactionFixture.dataSource());
    }

    private static JsonNode trace(TracingParcelLineage tracing, long parcel, int depth) {
        return JSON.readTree(tracing.trace(parcel, depth).orElseThrow());
    }

    @Test
    void aMergedParcelHasItsRetiredParentsAsAncestorsJoinedByOneMergeTransaction() {
        long child = demo.sql("""
                SELECT l.child_parcel_id FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                JOIN admin_unit c ON c.id = v.commune_id JOIN cadastral_transaction t ON t.id = l.transaction_id
                WHERE l.kind = 'merge' AND c.code IN ('00070', '03325') AND t.payload ->> 'demo' = 'true'
                ORDER BY 1 LIMIT 1""").query(Long.class).single();
        List<Long> parents = demo.sql("SELECT parent_parcel_id FROM parcel_lineage WHERE child_parcel_id = :c ORDER BY 1")
                .param("c", child).query(Long.class).list();

        JsonNode graph = trace(onDemo, child, TracingParcelLineage.DEFAULT_DEPTH);

        assertThat(graph.get("parcelId").asLong()).isEqualTo(child);
        assertThat(graph.get("truncated").asBoolean()).isFalse();
        assertThat(parents).hasSizeGreaterThanOrEqualTo(2);
        assertThat(graph.get("nodes")).hasSize(parents.size() + 1);
        for (JsonNode node : graph.get("nodes")) {
            if (node.get("id").asLong() == child) {
                assertThat(node.get("relation").asString()).isEqualTo("self");
                assertThat(node.get("status").asString()).isEqualTo("current");
                assertThat(node.get("validTo").isNull()).isTrue();
            } else {
                assertThat(parents).contains(node.get("id").asLong());
                assertThat(node.get("relation").asString()).isEqualTo("ancestor");
                assertThat(node.get("generation").asInt()).isEqualTo(-1);
                assertThat(node.get("status").asString()).isEqualTo("retired");
                assertThat(node.get("nationalId").asString()).hasSize(12);
            }
        }
        JsonNode edges = graph.get("edges");
        assertThat(edges.valueStream().map(e -> e.get("parent").asLong()).toList()).isEqualTo(parents);
        assertThat(edges.valueStream().map(e -> e.get("child").asLong()).distinct().toList()).containsExactly(child);
        assertThat(edges.valueStream().map(e -> e.get("kind").asString()).distinct().toList()).containsExactly("merge");
        assertThat(edges.valueStream().map(e -> e.get("transactionId").asLong()).distinct().count()).isEqualTo(1);
        // Parents retired at the instant the merge committed.
        String at = edges.get(0).get("at").asString();
        assertThat(graph.get("nodes").valueStream().filter(n -> n.get("relation").asString().equals("ancestor"))
                .map(n -> n.get("validTo").asString()).distinct().toList()).containsExactly(at);
    }

    @Test
    void aSplitParentHasItsChildrenAsDescendants() {
        long parent = demo.sql("""
                SELECT l.parent_parcel_id FROM parcel_lineage l JOIN cadastral_transaction t ON t.id = l.transaction_id
                WHERE l.kind = 'split' AND t.payload ->> 'demo' = 'true' ORDER BY 1 LIMIT 1""").query(Long.class).single();
        List<Long> children = demo.sql("SELECT child_parcel_id FROM parcel_lineage WHERE parent_parcel_id = :p ORDER BY 1")
                .param("p", parent).query(Long.class).list();

        JsonNode graph = trace(onDemo, parent, 1);

        assertThat(graph.get("nodes").valueStream().filter(n -> n.get("relation").asString().equals("descendant"))
                .map(n -> n.get("id").asLong()).toList()).isEqualTo(children);
        assertThat(graph.get("nodes").get(0).get("status").asString()).isEqualTo("retired");
        assertThat(graph.get("edges").valueStream().map(e -> e.get("kind").asString()).distinct().toList()).containsExactly("split");
    }

    @Test
    void aSecondGenerationSplitIsWithinDepthTwoAndCutAtDepthOne() {
        long middle = changes.splitChild(2);
        long grandparent = JdbcClient.create(TransactionFixture.dataSource())
                .sql("SELECT parent_parcel_id FROM parcel_lineage WHERE child_parcel_id = :c").param("c", middle).query(Long.class).single();
        long split = changes.split(middle);
        List<Long> grandchildren = changes.children(middle);
        assertThat(grandchildren).hasSize(2);
        long grandchild = grandchildren.get(0);

        JsonNode near = trace(onTx, grandchild, 1);
        JsonNode far = trace(onTx, grandchild, 2);
        JsonNode fromTop = trace(onTx, grandparent, 2);

        assertThat(near.get("truncated").asBoolean()).isTrue();
        assertThat(ids(near)).containsExactlyInAnyOrder(middle, grandchild);
        assertThat(far.get("truncated").asBoolean()).isFalse();
        assertThat(ids(far)).containsExactlyInAnyOrder(grandparent, middle, grandchild);
        assertThat(far.get("nodes").get(0).get("generation").asInt()).isEqualTo(-2);
        assertThat(far.get("nodes").get(0).get("id").asLong()).isEqualTo(grandparent);
        assertThat(far.get("edges").valueStream().filter(e -> e.get("child").asLong() == grandchild)
                .map(e -> e.get("transactionId").asLong()).toList()).containsExactly(split);
        assertThat(ids(fromTop)).contains(grandparent, middle).containsAll(grandchildren);
        assertThat(fromTop.get("nodes").valueStream().filter(n -> n.get("id").asLong() == middle)
                .map(n -> n.get("status").asString()).toList()).containsExactly("retired");
        assertThat(fromTop.get("nodes").valueStream().filter(n -> grandchildren.contains(n.get("id").asLong()))
                .map(n -> n.get("generation").asInt()).distinct().toList()).containsExactly(2);
    }

    @Test
    void anUnknownParcelHasNoGraphAndTheDepthIsBounded() {
        assertThat(onDemo.trace(999_999_999_999L, 3)).isEmpty();
        assertThatThrownBy(() -> onDemo.trace(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> onDemo.trace(1, TracingParcelLineage.MAX_DEPTH + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> ids(JsonNode graph) {
        return graph.get("nodes").valueStream().map(n -> n.get("id").asLong()).toList();
    }
}

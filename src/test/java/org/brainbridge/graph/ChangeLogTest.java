package org.brainbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every write records one change-log entry per batch in the same transaction; a failed write records nothing. */
@IntegrationTest
class ChangeLogTest {

    private static final ChangeMeta META = new ChangeMeta("test", "change-log-test");
    private static final Provenance PROVENANCE =
            new Provenance("test", "ChangeLogTest#1", "", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z");

    @Autowired
    GraphWriter writer;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    GraphGateway gateway;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of("ent-test-log-1", "ent-test-log-2"), META);
    }

    @Test
    void theRecentHeadIsReadOnceAWindowAndThenFollowsTheLog() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);
        ChangeLog shared = new ChangeLog(gateway, now::get);
        long before = shared.recentSequence();
        long written = writer.upsertNodes(
                NodeKind.ENTERPRISE, List.of(new NodeUpsert("ent-test-log-1", Map.of("name", "甲"), PROVENANCE)), META);

        now.addAndGet(ChangeLog.RECENT_NANOS - 1);
        assertThat(written).isGreaterThan(before);
        assertThat(shared.recentSequence())
                .as("within the window: the head read before")
                .isEqualTo(before);
        now.addAndGet(1);
        assertThat(shared.recentSequence()).as("once the window has passed").isEqualTo(written);
        assertThat(shared.currentSequence()).isEqualTo(written);
    }

    @Test
    void aBatchWritesOneRecordNamingTheIdsTouchedInSequence() {
        long before = changeLog.currentSequence();
        long nodes = writer.upsertNodes(
                NodeKind.ENTERPRISE,
                List.of(
                        new NodeUpsert("ent-test-log-1", Map.of("name", "甲"), PROVENANCE),
                        new NodeUpsert("ent-test-log-2", Map.of("name", "乙"), PROVENANCE)),
                META);
        long relationships = writer.upsertRelationships(
                RelType.SUPPLIES,
                List.of(new RelationshipUpsert("ent-test-log-1", "ent-test-log-2", Map.of("item", "电极"), PROVENANCE)),
                META);
        long deleted = writer.deleteNodes(List.of("ent-test-log-2"), META);

        assertThat(List.of(before, nodes, relationships, deleted)).isSorted().doesNotHaveDuplicates();
        List<ChangeRecord> records = changeLog.after(before, 10);
        assertThat(records)
                .extracting(ChangeRecord::operation)
                .containsExactly("upsert-nodes", "upsert-relationships", "delete-nodes");
        assertThat(records.get(0).ids()).containsExactly("ent-test-log-1", "ent-test-log-2");
        assertThat(records.get(0).kind()).isEqualTo("Enterprise");
        assertThat(records.get(1).ids()).containsExactlyInAnyOrder("ent-test-log-1", "ent-test-log-2");
        assertThat(records.get(2).ids())
                .as("the tombstone, then the neighbour that lost a relationship")
                .containsExactly("ent-test-log-2", "ent-test-log-1");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("test");
            assertThat(r.job()).isEqualTo("change-log-test");
        });
    }

    @Test
    void aFailedWriteLeavesNeitherDataNorARecord() {
        long before = changeLog.currentSequence();
        Map<String, Object> invalid = Map.of("name", "丙", "nested", Map.of("maps", "are not property values"));
        assertThatThrownBy(() -> writer.upsertNodes(
                        NodeKind.ENTERPRISE, List.of(new NodeUpsert("ent-test-log-1", invalid, PROVENANCE)), META))
                .isInstanceOf(RuntimeException.class);
        assertThat(changeLog.currentSequence()).isEqualTo(before);
        assertThat(writer.existingIds(List.of("ent-test-log-1"))).isEmpty();
    }

    @Test
    void systemNodesAreNotDomainNodes() {
        long systemWithEntity = gateway.query("MATCH (n:System:Entity) RETURN count(n) AS n", Map.of())
                .getFirst()
                .get("n")
                .asLong();
        long records = gateway.query("MATCH (n:System) RETURN count(n) AS n", Map.of())
                .getFirst()
                .get("n")
                .asLong();
        assertThat(records).isPositive();
        assertThat(systemWithEntity).isZero();
    }
}

package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A small commit in this instance wakes the indexer at once; a bulk write waits for the poll. The poll here comes once
 * an hour, so only a wake-up can bring anything into the index during the test.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "brainbridge.search.poll-interval=1h",
            "brainbridge.search.index-dir=target/search-wake-up-test-index"
        })
class WakeUpTest {

    private static final ChangeMeta META = new ChangeMeta("test", "wake-up-test");
    private static final List<String> BULK = IntStream.rangeClosed(1, Indexer.WAKE_UP_MAX_IDS + 1)
            .mapToObj(i -> "ent-test-wake-bulk-" + i)
            .toList();
    private static final String EDITED = "ent-test-wake-edited";

    @Autowired
    GraphWriter writer;

    @Autowired
    SearchIndex index;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(BULK, META);
        writer.deleteNodes(List.of(EDITED), META);
    }

    @Test
    void aBulkWriteWaitsForThePollAndASmallCommitBringsItInWithItself() {
        writer.upsertNodes(
                NodeKind.ENTERPRISE, BULK.stream().map(WakeUpTest::row).toList(), META);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> BULK.stream().noneMatch(index.ids()::contains));

        writer.upsertNodes(NodeKind.ENTERPRISE, List.of(row(EDITED)), META);
        await("indexed without a poll")
                .atMost(Duration.ofSeconds(30))
                .until(() -> index.ids().contains(EDITED));
        // The wake-up applies the log from where the index stood: the bulk write before the edit is in too.
        assertThat(index.ids()).containsAll(BULK);
    }

    private static NodeUpsert row(String id) {
        return new NodeUpsert(
                id,
                Map.of("name", "唤醒测试企业 " + id),
                new Provenance("test", "WakeUpTest", "", "2026-12-01", "2026-12-01"));
    }
}

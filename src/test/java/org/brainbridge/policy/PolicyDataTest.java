package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.TestChanges;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The policy's measures, bodies and support held in memory follow a curator's edit, here or on another instance. */
@IntegrationTest
class PolicyDataTest {

    private static final TestChanges CHANGES = TestChanges.by("policy-data-test");
    private static final ChangeMeta META = CHANGES.meta();
    private static final String MEASURE = "measure-07";
    private static final String BODY = "body-test-policy-data";

    @Autowired
    PolicyData data;

    @Autowired
    PolicyMatchRepository repository;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    ChangeLog changeLog;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(BODY), META);
    }

    @Test
    void heldDataIsReadFromMemoryAndABodyGivenResponsibilityIsSeenAtOnce() {
        assertThat(bodies(data)).hasSize(5).doesNotContain(BODY);
        assertThat(data.measures("policy-jx-bci")).isPresent();
        assertThat(data.support(List.of(MEASURE))).containsKey(MEASURE);
        try (var recorder = gateway.record()) {
            assertThat(bodies(data)).hasSize(5);
            assertThat(data.measures("policy-jx-bci").orElseThrow().measures()).hasSize(11);
            assertThat(data.support(List.of(MEASURE)).get(MEASURE)).isNotEmpty();
            assertThat(recorder.requestStatements()).isEmpty();
        }

        giveResponsibility();
        assertThat(bodies(data)).hasSize(6).endsWith(BODY);
    }

    @Test
    void aWriteMadeElsewhereIsSeenOnceTheChangeLogIsFollowed() {
        PolicyData elsewhere =
                new PolicyData(repository, changeLog, new PolicyProperties(null, Duration.ofHours(1), 100));
        elsewhere.start();
        try {
            assertThat(bodies(elsewhere)).hasSize(5);
            giveResponsibility();
            assertThat(bodies(elsewhere)).as("not yet followed").hasSize(5);
            elsewhere.follow();
            assertThat(bodies(elsewhere)).hasSize(6);
        } finally {
            elsewhere.stop();
        }
    }

    private void giveResponsibility() {
        writer.upsertNodes(NodeKind.RESPONSIBLE_BODY, List.of(CHANGES.node(BODY, "测试责任单位")), META);
        writer.upsertRelationships(
                RelType.RESPONSIBLE_FOR, List.of(CHANGES.link(BODY, MEASURE, Map.of("order", 9))), META);
    }

    private static List<String> bodies(PolicyData from) {
        return from.bodies(List.of(MEASURE)).get(MEASURE).stream()
                .map(GraphNode::id)
                .toList();
    }
}

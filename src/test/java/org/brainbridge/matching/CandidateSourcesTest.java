package org.brainbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.TestChanges;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request's graph candidates, kept in memory per technology, scenario and partner, follow every change that reaches
 * them: a new holder, a holder that opts out, a narrower term added, a write made by another instance.
 */
@IntegrationTest
class CandidateSourcesTest {

    private static final TestChanges CHANGES = TestChanges.by("candidate-sources-test");
    private static final ChangeMeta META = CHANGES.meta();
    private static final String BROAD = "tech-test-sources-broad";
    private static final String NARROW = "tech-test-sources-narrow";
    private static final String MAKER = "ent-test-sources-maker";
    private static final String NEWCOMER = "ent-test-sources-newcomer";
    private static final String PARTNER = "inst-test-sources-partner";
    private static final List<NodeKind> ENTERPRISES = List.of(NodeKind.ENTERPRISE);

    @Autowired
    CandidateSources sources;

    @Autowired
    MatchingRepository repository;

    @Autowired
    Taxonomies taxonomies;

    @Autowired
    MatchingProperties properties;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    ChangeLog changeLog;

    @BeforeEach
    void aMakerOfANarrowerTechnology() {
        writer.upsertNodes(
                NodeKind.TECHNOLOGY, List.of(CHANGES.node(BROAD, "来源测试上位技术"), CHANGES.node(NARROW, "来源测试下位技术")), META);
        writer.upsertNodes(
                NodeKind.ENTERPRISE, List.of(CHANGES.node(MAKER, "来源测试企业"), CHANGES.node(NEWCOMER, "来源测试新企业")), META);
        writer.upsertNodes(NodeKind.INSTITUTION, List.of(CHANGES.node(PARTNER, "来源测试研究所")), META);
        writer.upsertRelationships(RelType.BROADER, List.of(CHANGES.link(NARROW, BROAD)), META);
        writer.upsertRelationships(RelType.DEVELOPS, List.of(CHANGES.link(MAKER, NARROW)), META);
    }

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(BROAD, NARROW, MAKER, NEWCOMER, PARTNER), META);
    }

    @Test
    void holdersOfNarrowerTermsAreFoundThroughTheBroaderOneAndReadAgainFromMemory() {
        assertThat(throughTechnology(sources, 1)).containsExactly(MAKER);
        assertThat(throughTechnology(sources, 0)).as("no step down").isEmpty();
        Taxonomies.Snapshot now = snapshot();
        try (var recorder = gateway.record()) {
            assertThat(sources.ids(ENTERPRISES, List.of(), Map.of(BROAD, 1), List.of(), List.of(), "x", now))
                    .containsExactly(MAKER);
            assertThat(recorder.requestStatements()).isEmpty();
        }
    }

    @Test
    void aNewHolderAndOneThatOptsOutAreSeenByTheNextRead() {
        assertThat(throughTechnology(sources, 1)).containsExactly(MAKER);
        writer.upsertRelationships(RelType.DEVELOPS, List.of(CHANGES.link(NEWCOMER, BROAD)), META);
        assertThat(throughTechnology(sources, 1)).containsExactlyInAnyOrder(MAKER, NEWCOMER);

        writer.upsertNodes(
                NodeKind.ENTERPRISE, List.of(CHANGES.node(MAKER, Map.of("name", "来源测试企业", "optedOut", true))), META);
        assertThat(throughTechnology(sources, 1)).containsExactly(NEWCOMER);
    }

    @Test
    void partnersOfPartnersAreCountedAndTheSourceIsNeverProposed() {
        writer.upsertRelationships(
                RelType.COLLABORATES_WITH,
                List.of(CHANGES.link(MAKER, PARTNER), CHANGES.link(NEWCOMER, PARTNER)),
                META);
        List<String> ids = sources.ids(
                ENTERPRISES, List.of(), Map.of(NARROW, 0), List.of(), List.of(PARTNER), NEWCOMER, snapshot());
        // The maker is reached twice (its technology and the shared partner); the source not at all.
        assertThat(ids).containsExactly(MAKER);
        assertThat(sources.ids(
                        ENTERPRISES, List.of("ent-text-first"), Map.of(), List.of(), List.of(PARTNER), "x", snapshot()))
                .containsExactly("ent-text-first", MAKER, NEWCOMER);
    }

    @Test
    void aWriteMadeElsewhereIsSeenOnceTheChangeLogIsFollowed() {
        CandidateSources elsewhere = new CandidateSources(repository, changeLog, withPollInterval(Duration.ofHours(1)));
        elsewhere.start();
        try {
            assertThat(throughTechnology(elsewhere, 1)).containsExactly(MAKER);
            writer.upsertRelationships(RelType.DEVELOPS, List.of(CHANGES.link(NEWCOMER, NARROW)), META);
            assertThat(throughTechnology(elsewhere, 1)).as("not yet followed").containsExactly(MAKER);
            elsewhere.follow();
            assertThat(throughTechnology(elsewhere, 1)).containsExactlyInAnyOrder(MAKER, NEWCOMER);
        } finally {
            elsewhere.stop();
        }
    }

    private List<String> throughTechnology(CandidateSources from, int stepsDown) {
        return from.ids(ENTERPRISES, List.of(), Map.of(BROAD, stepsDown), List.of(), List.of(), "x", snapshot());
    }

    private Taxonomies.Snapshot snapshot() {
        return taxonomies.at(changeLog.currentSequence());
    }

    private MatchingProperties withPollInterval(Duration interval) {
        return new MatchingProperties(
                properties.weights(),
                properties.candidates(),
                properties.perSource(),
                properties.textCandidates(),
                properties.diversity(),
                100,
                100,
                interval);
    }
}

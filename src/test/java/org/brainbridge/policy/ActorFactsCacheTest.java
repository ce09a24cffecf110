package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
 * Actors' facts held in memory never outlive a change that reaches them: a trial site renamed two steps away, a
 * technology given a broader term, a write made by another instance.
 */
@IntegrationTest
class ActorFactsCacheTest {

    private static final TestChanges CHANGES = TestChanges.by("actor-facts-test");
    private static final ChangeMeta META = CHANGES.meta();
    private static final String ENTERPRISE = "ent-test-actor-facts";
    private static final String PRODUCT = "prod-test-actor-facts";
    private static final String SITE = "inst-test-actor-facts";
    private static final String TECHNOLOGY = "tech-test-actor-facts";
    private static final String BROADER = "tech-test-actor-facts-broader";

    @Autowired
    ActorFactsCache cache;

    @Autowired
    PolicyMatchRepository repository;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    ChangeLog changeLog;

    @BeforeEach
    void enterpriseWhoseProductTrialsAtAHospital() {
        writer.upsertNodes(NodeKind.ENTERPRISE, List.of(CHANGES.node(ENTERPRISE, "事实缓存测试企业")), META);
        writer.upsertNodes(NodeKind.PRODUCT, List.of(CHANGES.node(PRODUCT, "事实缓存测试产品")), META);
        writer.upsertNodes(NodeKind.INSTITUTION, List.of(CHANGES.node(SITE, "事实缓存测试医院")), META);
        writer.upsertNodes(
                NodeKind.TECHNOLOGY,
                List.of(CHANGES.node(TECHNOLOGY, "事实缓存测试技术"), CHANGES.node(BROADER, "事实缓存测试上位技术")),
                META);
        writer.upsertRelationships(RelType.MAKES, List.of(CHANGES.link(ENTERPRISE, PRODUCT)), META);
        writer.upsertRelationships(RelType.TRIALS_AT, List.of(CHANGES.link(PRODUCT, SITE)), META);
        writer.upsertRelationships(RelType.DEVELOPS, List.of(CHANGES.link(ENTERPRISE, TECHNOLOGY)), META);
    }

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(ENTERPRISE, PRODUCT, SITE, TECHNOLOGY, BROADER), META);
    }

    @Test
    void factsReadAgainComeFromMemoryUntilASiteTwoStepsAwayIsRenamed() {
        assertThat(sites(cache)).containsExactly("事实缓存测试医院");
        try (var recorder = gateway.record()) {
            assertThat(sites(cache)).containsExactly("事实缓存测试医院");
            assertThat(recorder.requestStatements()).isEmpty();
        }
        writer.upsertNodes(NodeKind.INSTITUTION, List.of(CHANGES.node(SITE, "改名后的医院")), META);
        assertThat(sites(cache)).containsExactly("改名后的医院");
    }

    @Test
    void aTechnologyGivenABroaderTermIsSeenByTheNextRead() {
        assertThat(broader(cache)).doesNotContain(BROADER);
        writer.upsertRelationships(RelType.BROADER, List.of(CHANGES.link(TECHNOLOGY, BROADER)), META);
        assertThat(broader(cache)).contains(BROADER);
    }

    @Test
    void aWriteMadeElsewhereIsSeenOnceTheChangeLogIsFollowed() {
        // A second cache stands for another instance: this application's writes reach it through the change log only.
        ActorFactsCache elsewhere =
                new ActorFactsCache(repository, changeLog, new PolicyProperties(null, Duration.ofHours(1), 100));
        elsewhere.start();
        try {
            assertThat(sites(elsewhere)).containsExactly("事实缓存测试医院");
            writer.upsertNodes(NodeKind.INSTITUTION, List.of(CHANGES.node(SITE, "别处改名的医院")), META);
            assertThat(sites(elsewhere)).as("not yet followed").containsExactly("事实缓存测试医院");
            elsewhere.follow();
            assertThat(sites(elsewhere)).containsExactly("别处改名的医院");
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void anUnknownActorIsNotHeld() {
        assertThat(cache.facts("ent-test-actor-facts-missing")).isEmpty();
        writer.upsertNodes(NodeKind.ENTERPRISE, List.of(CHANGES.node("ent-test-actor-facts-missing", "后来的企业")), META);
        try {
            assertThat(cache.facts("ent-test-actor-facts-missing")).isPresent();
        } finally {
            writer.deleteNodes(List.of("ent-test-actor-facts-missing"), META);
        }
        assertThat(cache.facts("ent-test-actor-facts-missing")).isEmpty();
    }

    private static List<String> sites(ActorFactsCache from) {
        return from.facts(ENTERPRISE).orElseThrow().trials().stream()
                .map(ActorFacts.Trial::siteName)
                .toList();
    }

    private static List<String> broader(ActorFactsCache from) {
        return from.facts(ENTERPRISE).orElseThrow().technologies().stream()
                .filter(t -> t.id().equals(TECHNOLOGY))
                .flatMap(t -> t.up().stream())
                .toList();
    }
}

package org.brainbridge.matching;

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
 * Candidates' profiles held in memory never outlive a change that reaches them: not a change two steps away (a
 * technology given to the enterprise's product, a source investor's co-investor's new investment), not a renamed
 * taxonomy term, not a write made by another instance.
 */
@IntegrationTest
class ProfileCacheTest {

    private static final TestChanges CHANGES = TestChanges.by("profile-cache-test");
    private static final ChangeMeta META = CHANGES.meta();
    private static final String ENTERPRISE = "ent-test-profile-cache";
    private static final String PRODUCT = "prod-test-profile-cache";
    private static final String TECHNOLOGY = "tech-test-profile-cache";

    @Autowired
    ProfileCache cache;

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
    void enterpriseMakingAProduct() {
        writer.upsertNodes(NodeKind.ENTERPRISE, List.of(CHANGES.node(ENTERPRISE, "缓存测试企业")), META);
        writer.upsertNodes(NodeKind.PRODUCT, List.of(CHANGES.node(PRODUCT, "缓存测试产品")), META);
        writer.upsertNodes(NodeKind.TECHNOLOGY, List.of(CHANGES.node(TECHNOLOGY, "缓存测试技术")), META);
        writer.upsertRelationships(RelType.MAKES, List.of(CHANGES.link(ENTERPRISE, PRODUCT)), META);
    }

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of(ENTERPRISE, PRODUCT, TECHNOLOGY), META);
    }

    @Test
    void aProfileReadAgainComesFromMemory() {
        Taxonomies.Snapshot now = taxonomies.at(changeLog.currentSequence());
        assertThat(cache.candidates(List.of(ENTERPRISE), now)).isNotEmpty();
        try (var recorder = gateway.record()) {
            assertThat(cache.candidates(List.of(ENTERPRISE), now))
                    .extracting(Profile::id)
                    .containsExactly(ENTERPRISE);
            assertThat(recorder.requestStatements()).isEmpty();
        }
    }

    @Test
    void aChangeTwoStepsAwayIsSeenByTheNextRead() {
        assertThat(technologies(cache)).isEmpty();
        writer.upsertRelationships(RelType.USES_TECHNOLOGY, List.of(CHANGES.link(PRODUCT, TECHNOLOGY)), META);
        assertThat(technologies(cache)).containsExactly("缓存测试技术 via " + PRODUCT);
    }

    @Test
    void aRenamedTaxonomyTermIsSeenByTheNextRead() {
        writer.upsertRelationships(RelType.USES_TECHNOLOGY, List.of(CHANGES.link(PRODUCT, TECHNOLOGY)), META);
        assertThat(technologies(cache)).containsExactly("缓存测试技术 via " + PRODUCT);
        writer.upsertNodes(NodeKind.TECHNOLOGY, List.of(CHANGES.node(TECHNOLOGY, "改名后的技术")), META);
        assertThat(technologies(cache)).containsExactly("改名后的技术 via " + PRODUCT);
    }

    @Test
    void aWriteMadeElsewhereIsSeenOnceTheChangeLogIsFollowed() {
        // A second cache stands for another instance: this application's writes reach it through the change log only.
        ProfileCache elsewhere =
                new ProfileCache(repository, taxonomies, changeLog, withPollInterval(Duration.ofHours(1)));
        elsewhere.start();
        try {
            assertThat(technologies(elsewhere)).isEmpty();
            writer.upsertRelationships(RelType.USES_TECHNOLOGY, List.of(CHANGES.link(PRODUCT, TECHNOLOGY)), META);
            assertThat(technologies(elsewhere)).as("not yet followed").isEmpty();
            elsewhere.follow();
            assertThat(technologies(elsewhere)).containsExactly("缓存测试技术 via " + PRODUCT);
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void aSourceInvestorsCoInvestorsAreHeldUntilAChangeReachesThemTwoStepsAway() {
        List<String> investors =
                List.of("inv-test-profile-cache-a", "inv-test-profile-cache-b", "inv-test-profile-cache-c");
        String project = "proj-test-profile-cache";
        String elsewhere = "proj-test-profile-cache-elsewhere";
        try {
            writer.upsertNodes(
                    NodeKind.INVESTOR,
                    investors.stream().map(id -> CHANGES.node(id, id)).toList(),
                    META);
            writer.upsertNodes(
                    NodeKind.PROJECT,
                    List.of(CHANGES.node(project, "缓存测试项目"), CHANGES.node(elsewhere, "缓存测试别处项目")),
                    META);
            writer.upsertRelationships(
                    RelType.INVESTED_IN,
                    List.of(CHANGES.link(investors.get(0), project), CHANGES.link(investors.get(1), project)),
                    META);
            assertThat(coInvestors(investors.get(0))).containsExactly(investors.get(1) + " via " + project + " (1)");
            try (var recorder = gateway.record()) {
                assertThat(coInvestors(investors.get(0))).hasSize(1);
                assertThat(recorder.requestStatements()).as("held").isEmpty();
            }
            // A new investor in a shared investment: the investment is a neighbour of the source.
            writer.upsertRelationships(RelType.INVESTED_IN, List.of(CHANGES.link(investors.get(2), project)), META);
            assertThat(coInvestors(investors.get(0)))
                    .containsExactlyInAnyOrder(
                            investors.get(1) + " via " + project + " (1)",
                            investors.get(2) + " via " + project + " (1)");
            // A co-investor's edge elsewhere changes the degree the list holds, two steps from the source.
            writer.upsertRelationships(RelType.INVESTED_IN, List.of(CHANGES.link(investors.get(1), elsewhere)), META);
            assertThat(coInvestors(investors.get(0)))
                    .containsExactlyInAnyOrder(
                            investors.get(1) + " via " + project + " (2)",
                            investors.get(2) + " via " + project + " (1)");
            writer.deleteNodes(List.of(investors.get(2)), META);
            assertThat(coInvestors(investors.get(0))).containsExactly(investors.get(1) + " via " + project + " (2)");
        } finally {
            List<String> all = new java.util.ArrayList<>(investors);
            all.add(project);
            all.add(elsewhere);
            writer.deleteNodes(all, META);
        }
    }

    private List<String> coInvestors(String investor) {
        return cache.source(investor).orElseThrow().coInvestors().stream()
                .map(p -> p.id() + " via " + p.via().id() + " (" + p.degree() + ")")
                .toList();
    }

    private Profile profile(ProfileCache from) {
        List<Profile> found = from.candidates(List.of(ENTERPRISE), taxonomies.at(changeLog.currentSequence()));
        return found.isEmpty() ? null : found.getFirst();
    }

    private List<String> technologies(ProfileCache from) {
        return profile(from).techs().stream()
                .map(t -> t.name() + " via " + (t.via() == null ? "-" : t.via().id()))
                .toList();
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

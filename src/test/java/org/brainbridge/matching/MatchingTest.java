package org.brainbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.search.SearchProbe;
import org.brainbridge.support.InvalidArgumentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journeys over the seeded graph (graph-seed/illustrative, with its matchmaking records), through the service. */
@IntegrationTest
class MatchingTest {

    @Autowired
    MatchingService service;

    @Autowired
    MatchingRepository repository;

    @Autowired
    Taxonomies taxonomies;

    @Autowired
    GraphGateway gateway;

    @Autowired
    SearchProbe probe;

    @BeforeEach
    void indexCaughtUp() {
        probe.awaitCaughtUp(Duration.ofMinutes(2));
    }

    /** Every match a journey can page through (the ranking is cut at 200). */
    private List<Match> all(Journey journey, String source) {
        List<Match> all = new ArrayList<>();
        String after = null;
        do {
            MatchPage page = service.match(journey, source, null, MatchingService.MAX_FIRST, after);
            all.addAll(page.nodes());
            after = page.pageInfo().endCursor();
        } while (after != null);
        return all;
    }

    private Set<String> ids(List<Match> matches) {
        Set<String> ids = new HashSet<>();
        matches.forEach(m -> ids.add(m.id()));
        return ids;
    }

    @Test
    void anInvestorIsNeverProposedWhatItMetDeclinedHasAConflictWithOrWhatOptedOut() {
        Set<String> proposed = ids(all(Journey.INVESTOR, "inv-ill-0003"));
        assertThat(proposed)
                .isNotEmpty()
                .doesNotContain("inv-ill-0003") // itself
                .doesNotContain("proj-ill-0009") // MET
                .doesNotContain("ent-ill-0072") // DECLINED
                .doesNotContain("ent-ill-0059") // CONFLICT_OF_INTEREST
                .doesNotContain("ent-ill-0015"); // opted out
        assertThat(proposed).allSatisfy(id -> assertThat(id).matches("(proj|ent)-.*"));
        // Each excluded one would otherwise be a match: it shares the investor's focus.
        Profile investor = repository
                .profiles(List.of("inv-ill-0003"), true, taxonomies::at)
                .getFirst();
        Scorer scorer = new Scorer(Journey.INVESTOR, investor);
        for (Profile excluded : repository.profiles(
                List.of("proj-ill-0009", "ent-ill-0072", "ent-ill-0059", "ent-ill-0015"), false, taxonomies::at)) {
            assertThat(scorer.score(excluded, null, 0).values().get(MatchFactor.TECHNOLOGY))
                    .as(excluded.id())
                    .isPositive();
            assertThat(HardRules.allows(investor, excluded, Journey.INVESTOR.targets(investor.kind())))
                    .as(excluded.id())
                    .isFalse();
        }
    }

    @Test
    void aDeclineBindsBothWays() {
        // ent-ill-0066 declined inv-ill-0001: neither is proposed to the other.
        assertThat(ids(all(Journey.INVESTOR, "inv-ill-0001"))).doesNotContain("ent-ill-0066");
        Profile enterprise = repository
                .profiles(List.of("ent-ill-0066"), true, taxonomies::at)
                .getFirst();
        Profile investor = repository
                .profiles(List.of("inv-ill-0001"), false, taxonomies::at)
                .getFirst();
        assertThat(HardRules.allows(enterprise, investor, List.of(investor.kind())))
                .isFalse();
    }

    @Test
    void talentWithoutConsentOrOptedOutNeverAppearsNorDoThoseMetDeclinedOrInConflict() {
        List<String> withoutConsent = gateway
                .query(
                        "MATCH (t:Talent) WHERE t.consentToMatch <> true OR t.optedOut = true RETURN t.id AS id",
                        Map.of())
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
        assertThat(withoutConsent).contains("tal-ill-0132", "tal-ill-0177", "tal-ill-0152", "tal-ill-0131");
        for (String position : List.of("pos-ill-0001", "pos-ill-0003")) {
            Set<String> proposed = ids(all(Journey.CANDIDATE, position));
            assertThat(proposed).isNotEmpty().doesNotContainAnyElementsOf(withoutConsent);
            assertThat(proposed).allSatisfy(id -> assertThat(id).startsWith("tal-"));
        }
        assertThat(ids(all(Journey.CANDIDATE, "pos-ill-0001")))
                .doesNotContain("tal-ill-0183") // MET
                .doesNotContain("tal-ill-0163") // DECLINED
                .doesNotContain("tal-ill-0153"); // CONFLICT_OF_INTEREST
        // Nor among similar talent, nor as the source of a journey.
        assertThat(ids(all(Journey.SIMILAR, "tal-ill-0002"))).doesNotContainAnyElementsOf(withoutConsent);
        assertThatThrownBy(() -> service.positionMatches("tal-ill-0132", null, 10))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("consent");
    }

    @Test
    void noCandidateWorksForTheOrganisationThatPostedThePosition() {
        String employer = gateway.query(
                        "MATCH (o)-[:POSTS]->(:Position {id: 'pos-ill-0001'}) RETURN o.id AS id", Map.of())
                .getFirst()
                .get("id")
                .asString();
        Set<String> colleagues = new HashSet<>(
                gateway
                        .query("MATCH (t:Talent)-[:WORKS_AT]->({id: $id}) RETURN t.id AS id", Map.of("id", employer))
                        .stream()
                        .map(r -> r.get("id").asString())
                        .toList());
        assertThat(ids(all(Journey.CANDIDATE, "pos-ill-0001"))).doesNotContainAnyElementsOf(colleagues);
        // An institution is never proposed the enterprise it is affiliated with, nor itself in similar.
        assertThat(ids(all(Journey.SIMILAR, "ent-ill-0002"))).doesNotContain("ent-ill-0002");
    }

    @Test
    void contributionsSumToTheScoreAndWeightsToOne() {
        for (Journey journey : Journey.values()) {
            String source = switch (journey) {
                case INVESTOR -> "inv-ill-0001";
                case PARTNER -> "inst-ill-0001";
                case INSTITUTION -> "ent-ill-0001";
                case CANDIDATE -> "pos-ill-0001";
                case POSITION -> "tal-ill-0002";
                case SIMILAR -> "proj-ill-0001";
            };
            MatchPage page = service.match(journey, source, null, 10, null);
            assertThat(page.nodes()).as(journey.name()).hasSize(10);
            Weights w = page.weights();
            assertThat(w.technology() + w.scenario() + w.chain() + w.profile() + w.text() + w.graph() + w.policy())
                    .isCloseTo(1.0, within(1e-9));
            for (Match m : page.nodes()) {
                assertThat(m.factors()).hasSize(MatchFactor.values().length);
                assertThat(m.factors().stream()
                                .mapToDouble(Match.FactorContribution::contribution)
                                .sum())
                        .isCloseTo(m.score(), within(1e-9));
                assertThat(m.score()).isBetween(0.0, 1.0);
                m.factors().forEach(f -> {
                    assertThat(f.value()).isBetween(0.0, 1.0);
                    assertThat(f.contribution()).isCloseTo(f.value() * f.weight(), within(1e-12));
                    assertThat(f.weight()).isCloseTo(w.of(f.factor()), within(1e-12));
                });
                assertThat(m.reasonZh()).startsWith("推荐理由：").doesNotContain("\n");
                assertThat(m.reasonEn()).startsWith("Why: ").doesNotContain("\n");
                assertThat(m.paths())
                        .allSatisfy(p ->
                                assertThat(p.relationships()).hasSize(p.nodes().size() - 1));
            }
            assertThat(page.nodes()).extracting(Match::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void weightsOverriddenPerRequestAreUsedAndReturned() {
        MatchPage textOnly = service.match(
                Journey.PARTNER,
                "inst-ill-0001",
                Map.of("technology", 0, "scenario", 0, "chain", 0, "profile", 0, "graph", 0, "policy", 0, "text", 5),
                10,
                null);
        assertThat(textOnly.weights().text()).isEqualTo(1.0);
        assertThat(textOnly.weights().technology()).isZero();
        textOnly.nodes().forEach(m -> assertThat(m.score()).isCloseTo(m.contribution(MatchFactor.TEXT), within(1e-12)));
        assertThat(MatchingService.ids(service.match(Journey.PARTNER, "inst-ill-0001", Weights.textOnly(), 10)))
                .isEqualTo(MatchingService.ids(textOnly));
        MatchPage defaults = service.match(Journey.PARTNER, "inst-ill-0001", null, 10, null);
        assertThat(defaults.weights().technology()).isPositive();
        assertThat(MatchingService.ids(defaults)).isNotEqualTo(MatchingService.ids(textOnly));
        assertThatThrownBy(() -> service.match(Journey.PARTNER, "inst-ill-0001", Map.of("text", -1), 10, null))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> service.match(
                        Journey.PARTNER,
                        "inst-ill-0001",
                        Map.of(
                                "technology",
                                0,
                                "scenario",
                                0,
                                "chain",
                                0,
                                "profile",
                                0,
                                "graph",
                                0,
                                "policy",
                                0,
                                "text",
                                0),
                        10,
                        null))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("At least one");
    }

    @Test
    void theTextOnlyBaselineRanksByLuceneAloneAfterTheHardRules() {
        MatchPage baseline = service.textOnly(Journey.INVESTOR, "inv-ill-0003", 10);
        assertThat(baseline.nodes()).isNotEmpty();
        assertThat(baseline.nodes()).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(MatchingService.ids(baseline)).doesNotContain("proj-ill-0009", "ent-ill-0072", "ent-ill-0059");
        assertThat(baseline.nodes().getFirst().matchedTerms()).isNotEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        MatchPage first = service.match(Journey.SIMILAR, "ent-ill-0002", null, 5, null);
        MatchPage second = service.match(
                Journey.SIMILAR, "ent-ill-0002", null, 5, first.pageInfo().endCursor());
        assertThat(first.pageInfo().hasNextPage()).isTrue();
        assertThat(second.nodes()).extracting(Match::rank).containsExactly(6, 7, 8, 9, 10);
        assertThat(MatchingService.ids(second)).doesNotContainAnyElementsOf(MatchingService.ids(first));
        MatchPage ten = service.match(Journey.SIMILAR, "ent-ill-0002", null, 10, null);
        List<String> both = new ArrayList<>(MatchingService.ids(first));
        both.addAll(MatchingService.ids(second));
        assertThat(MatchingService.ids(ten)).isEqualTo(both);
    }

    @Test
    void evidenceNamesPathsAndSharedWordsAndMarksPolicyInferences() {
        List<Match> matches = service.match(Journey.INSTITUTION, "ent-ill-0001", null, 20, null)
                .nodes();
        assertThat(matches).anySatisfy(m -> assertThat(m.matchedTerms()).isNotEmpty());
        assertThat(matches).anySatisfy(m -> assertThat(m.paths()).isNotEmpty());
        assertThat(matches)
                .allSatisfy(m -> assertThat(m.paths()).allSatisfy(p -> {
                    assertThat(p.nodes().getFirst().id()).isEqualTo("ent-ill-0001");
                    assertThat(p.nodes().getLast().id()).isEqualTo(m.id());
                    assertThat(p.inferred()).isEqualTo(p.factor() == MatchFactor.POLICY);
                }));
        List<Match> withPolicy = new ArrayList<>();
        for (String source : List.of("ent-ill-0001", "ent-ill-0002", "ent-ill-0003")) {
            service.match(Journey.INSTITUTION, source, null, 50, null).nodes().stream()
                    .filter(m -> m.contribution(MatchFactor.POLICY) > 0)
                    .forEach(withPolicy::add);
        }
        assertThat(withPolicy).isNotEmpty().allSatisfy(m -> {
            assertThat(m.factors())
                    .filteredOn(f -> f.factor() == MatchFactor.POLICY)
                    .singleElement()
                    .satisfies(f -> assertThat(f.inferred()).isTrue());
            assertThat(m.paths())
                    .filteredOn(p -> p.factor() == MatchFactor.POLICY)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.nodes())
                            .anySatisfy(n -> assertThat(n.id()).startsWith("measure-")));
        });
    }

    @Test
    void candidatesComeWithTheirGapsAndPositionsWithTheTalentsGaps() {
        List<Match> candidates =
                service.candidateMatches("pos-ill-0001", null, 20).nodes();
        assertThat(candidates).anySatisfy(m -> assertThat(m.gaps()).isNotEmpty());
        assertThat(candidates)
                .allSatisfy(m -> assertThat(m.gaps())
                        .allSatisfy(g -> assertThat(g.kind()).isIn("skill", "degree", "experience")));
        assertThat(candidates.getFirst().contribution(MatchFactor.TECHNOLOGY)).isPositive();
        List<Match> positions =
                service.positionMatches("tal-ill-0002", null, 10).nodes();
        assertThat(positions).isNotEmpty().allSatisfy(m -> assertThat(m.id()).startsWith("pos-"));
    }

    @Test
    void wrongKindsUnknownIdsAndBadPagesAreClearErrors() {
        assertThatThrownBy(() -> service.investorMatches("ent-ill-0001", null, 10))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("investorId")
                .hasMessageContaining("enterprise");
        assertThatThrownBy(() -> service.partnerMatches("inst-nope", null, 10))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("no node with id 'inst-nope'");
        assertThatThrownBy(() -> service.similar("region-360100", null, 10))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> service.similar("ent-ill-0001", null, 51))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("first");
        assertThatThrownBy(() -> service.match(Journey.SIMILAR, "ent-ill-0001", null, 10, "bm90LWEtY3Vyc29y"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("after");
    }
}

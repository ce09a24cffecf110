package org.brainbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.Test;

/** The formulas of docs/matching.md on hand-made profiles: taxonomy partial matches, gaps, diversity. */
class ScoringTest {

    // EEG (tech-eeg) is broader than wearable EEG (tech-eeg-wearable), itself under non-invasive BCI
    // (tech-noninvasive).
    private static final Profile.Tech EEG =
            tech("tech-eeg", "脑电", Map.of("tech-noninvasive", 1, "tech-bci", 2), "HAS_SKILL", false);
    private static final Profile.Tech WEARABLE = tech(
            "tech-eeg-wearable",
            "可穿戴脑电",
            Map.of("tech-eeg", 1, "tech-noninvasive", 2, "tech-bci", 3),
            "HAS_SKILL",
            false);
    private static final Profile.Tech EAR = tech(
            "tech-ear-eeg", "耳脑电", Map.of("tech-eeg", 1, "tech-noninvasive", 2, "tech-bci", 3), "HAS_SKILL", false);

    static Profile.Tech tech(String id, String name, Map<String, Integer> up, String rel, boolean mandatory) {
        return new Profile.Tech(id, name, id, rel, mandatory, up, null);
    }

    static Profile profile(String id, NodeKind kind, List<Profile.Tech> techs, Map<String, Object> props) {
        return new Profile(
                id, kind, id, id, props, techs, List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void anExactSkillCountsFullyAParentOrChildPartlyAndTheFurtherTheLess() {
        assertThat(Proximity.closeness(EEG, EEG)).isEqualTo(1.0);
        assertThat(Proximity.closeness(WEARABLE, EEG)).isEqualTo(0.5); // child ↔ parent
        assertThat(Proximity.closeness(EEG, WEARABLE)).isEqualTo(0.5);
        assertThat(Proximity.closeness(WEARABLE, tech("tech-noninvasive", "非侵入式", Map.of("tech-bci", 1), "", false)))
                .isEqualTo(0.25);
        assertThat(Proximity.closeness(WEARABLE, EAR)).isEqualTo(0.25); // siblings
        assertThat(Proximity.closeness(EEG, tech("tech-ssvep", "SSVEP", Map.of("tech-evoked", 1), "", false)))
                .isZero();
    }

    @Test
    void aPositionAskingForAParentSkillPartlyMatchesATalentWithAChildAndListsTheGap() {
        Profile position = profile(
                "pos-x",
                NodeKind.POSITION,
                List.of(tech("tech-eeg", "脑电", EEG.up(), "REQUIRES_SKILL", true)),
                Map.of("degreeRequired", "master", "yearsRequired", 5L));
        Profile exact = profile("tal-a", NodeKind.TALENT, List.of(EEG), Map.of("degree", "phd", "yearsExperience", 8L));
        Profile child = profile(
                "tal-b", NodeKind.TALENT, List.of(WEARABLE), Map.of("degree", "bachelor", "yearsExperience", 2L));
        Scorer scorer = new Scorer(Journey.CANDIDATE, position);
        Scorer.Scored a = scorer.score(exact, null, 0);
        Scorer.Scored b = scorer.score(child, null, 0);
        assertThat(a.values().get(MatchFactor.TECHNOLOGY)).isEqualTo(1.0);
        assertThat(b.values().get(MatchFactor.TECHNOLOGY)).isEqualTo(0.5);
        assertThat(a.gaps()).isEmpty();
        assertThat(b.gaps())
                .extracting(Match.MatchGap::kind)
                .containsExactlyInAnyOrder("skill", "degree", "experience");
        assertThat(b.gaps())
                .filteredOn(g -> g.kind().equals("skill"))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.partlyCovered()).isTrue();
                    assertThat(g.mandatory()).isTrue();
                    assertThat(g.technologyId()).isEqualTo("tech-eeg");
                    assertThat(g.labelZh()).contains("可穿戴脑电");
                });
        assertThat(b.paths().get(MatchFactor.TECHNOLOGY).getFirst().relationships())
                .containsExactly("REQUIRES_SKILL", "NARROWER", "HAS_SKILL");
        assertThat(a.values().get(MatchFactor.PROFILE)).isGreaterThan(b.values().get(MatchFactor.PROFILE));
        // The reverse journey sees the same skills the same way.
        Scorer reverse = new Scorer(Journey.POSITION, child);
        assertThat(reverse.score(position, null, 0).values().get(MatchFactor.TECHNOLOGY))
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theTechnologyFitIsTheFormulaOverEveryPairOfTermsWhateverTheTaxonomy() {
        java.util.Random random = new java.util.Random(20261129);
        for (int round = 0; round < 20; round++) {
            // A taxonomy of 60 terms, some with two broader terms; up to three steps up, at the shortest distance.
            int n = 60;
            List<List<Integer>> parents = new java.util.ArrayList<>();
            parents.add(List.of());
            for (int i = 1; i < n; i++) {
                int first = random.nextInt(i);
                parents.add(random.nextInt(5) == 0 ? List.of(first, random.nextInt(i)) : List.of(first));
            }
            java.util.function.IntFunction<Map<String, Integer>> up = i -> {
                Map<String, Integer> found = new java.util.HashMap<>();
                List<Integer> level = List.of(i);
                for (int d = 1; d <= 3; d++) {
                    List<Integer> next = new java.util.ArrayList<>();
                    for (int t : level) {
                        for (int p : parents.get(t)) {
                            found.merge("t" + p, d, Math::min);
                            next.add(p);
                        }
                    }
                    level = next;
                }
                return found;
            };
            java.util.function.Supplier<List<Profile.Tech>> techs = () -> {
                List<Profile.Tech> list = new java.util.ArrayList<>();
                for (int k = 1 + random.nextInt(12); k > 0; k--) {
                    int t = random.nextInt(n);
                    String rel = random.nextBoolean() ? "RESEARCHES" : "DEVELOPS";
                    list.add(tech("t" + t, "t" + t, up.apply(t), rel, false));
                }
                return list;
            };
            Profile lab = profile("inst-x", NodeKind.INSTITUTION, techs.get(), Map.of());
            Scorer scorer = new Scorer(Journey.PARTNER, lab, false);
            for (int c = 0; c < 30; c++) {
                Profile enterprise = profile("ent-" + c, NodeKind.ENTERPRISE, techs.get(), Map.of());
                assertThat(scorer.score(enterprise, null, 0).values().get(MatchFactor.TECHNOLOGY))
                        .as("round %d candidate %d", round, c)
                        .isCloseTo(coverage(lab.techs(), enterprise.techs()), within(1e-12));
            }
        }
    }

    /** docs/matching.md §4's technology fit, every pair of terms asked (the terms here are all stated: weight 1). */
    private static double coverage(List<Profile.Tech> mine, List<Profile.Tech> theirs) {
        List<Profile.Tech> a = distinctById(mine);
        List<Profile.Tech> b = distinctById(theirs);
        double covMine = 0;
        for (Profile.Tech x : a) {
            covMine += b.stream().mapToDouble(y -> Proximity.fit(x, y)).max().orElse(0);
        }
        double covTheirs = 0;
        for (Profile.Tech y : b) {
            covTheirs += a.stream().mapToDouble(x -> Proximity.fit(x, y)).max().orElse(0);
        }
        return Math.min(1, (covMine / a.size() + covTheirs / b.size()) / 2);
    }

    private static List<Profile.Tech> distinctById(List<Profile.Tech> techs) {
        Map<String, Profile.Tech> byId = new java.util.LinkedHashMap<>();
        techs.forEach(t -> byId.putIfAbsent(t.id(), t));
        return List.copyOf(byId.values());
    }

    @Test
    void diversityMovesARepeatOfTheSameOrganisationTechnologyAndPlaceDown() {
        List<Diversity.Item<String>> items = List.of(
                new Diversity.Item<>("a1", 0.80, Set.of("org-a"), "tech-eeg", "region-1"),
                new Diversity.Item<>("a2", 0.79, Set.of("org-a"), "tech-eeg", "region-1"),
                new Diversity.Item<>("a3", 0.78, Set.of("org-a"), "tech-eeg", "region-1"),
                new Diversity.Item<>("b", 0.70, Set.of("org-b"), "tech-ssvep", "region-2"),
                new Diversity.Item<>("c", 0.40, Set.of("org-c"), "tech-eeg", "region-2"));
        assertThat(Diversity.rerank(items, 0.25)).containsExactly("a1", "b", "a2", "a3", "c");
        assertThat(Diversity.rerank(items, 0)).containsExactly("a1", "a2", "a3", "b", "c");
        // Fewer places: those placed agree with the full run, the rest keep score order.
        assertThat(Diversity.rerank(items, 0.25, 2)).containsExactly("a1", "b", "a2", "a3", "c");
        assertThat(Diversity.rerank(items, 0.25, 1)).containsExactly("a1", "a2", "a3", "b", "c");
    }

    @Test
    void configuredWeightsReplaceTheBuiltInOnesFactorByFactor() {
        var configured = new MatchingProperties.JourneyWeights(Map.of("text", 9.0), null, null, null, null, null);
        assertThat(configured.of(Journey.INVESTOR).text()).isEqualTo(9.0);
        assertThat(configured.of(Journey.INVESTOR).technology()).isEqualTo(3.0);
        assertThat(configured.of(Journey.PARTNER).text()).isEqualTo(2.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new MatchingProperties.JourneyWeights(null, Map.of("txt", 1.0), null, null, null, null))
                .hasMessageContaining("brainbridge.matching.weights.partner")
                .hasMessageContaining("txt");
    }

    @Test
    void weightsAreCheckedAndNormalised() {
        Weights w = new Weights(2, 1, 1, 0, 0, 0, 0).with(Map.of("text", 4));
        assertThat(w.text()).isEqualTo(4);
        Weights n = w.normalised();
        assertThat(n.technology()).isCloseTo(0.25, within(1e-12));
        assertThat(n.text()).isCloseTo(0.5, within(1e-12));
    }
}

package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Match.MatchPath;

/**
 * The scenario factor: the application scenarios both actors serve (the same scenario 1, one of the same domain 0.3),
 * covered both ways, each scenario once however it was reached.
 */
final class ScenarioFactor {

    private final Profile source;
    private final boolean explain;
    /** The source's side, the same for every candidate: worked out once. */
    private final List<Profile.Scenario> sourceScenarios;

    ScenarioFactor(Profile source, boolean explain) {
        this.source = source;
        this.explain = explain;
        this.sourceScenarios = distinctScenarios(source.scenarios());
    }

    /** The scenario factor of a candidate (into {@code values}), with the paths and words that explain it. */
    void score(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        List<Profile.Scenario> mine = sourceScenarios;
        List<Profile.Scenario> theirs = distinctScenarios(c.scenarios());
        if (mine.isEmpty() || theirs.isEmpty()) {
            values.put(MatchFactor.SCENARIO, 0.0);
            return;
        }
        double covMine = 0;
        List<Profile.Scenario[]> same = new ArrayList<>();
        List<Profile.Scenario[]> domain = new ArrayList<>();
        for (Profile.Scenario s : mine) {
            double best = 0;
            for (Profile.Scenario o : theirs) {
                if (s.id().equals(o.id())) {
                    best = 1;
                    same.add(new Profile.Scenario[] {s, o});
                } else if (s.domain() != null && s.domain().equals(o.domain()) && best < 0.3) {
                    best = 0.3;
                    domain.add(new Profile.Scenario[] {s, o});
                }
            }
            covMine += best;
        }
        double covTheirs = 0;
        for (Profile.Scenario o : theirs) {
            double best = 0;
            for (Profile.Scenario s : mine) {
                best = Math.max(
                        best,
                        s.id().equals(o.id())
                                ? 1
                                : s.domain() != null && s.domain().equals(o.domain()) ? 0.3 : 0);
            }
            covTheirs += best;
        }
        values.put(MatchFactor.SCENARIO, (covMine / mine.size() + covTheirs / theirs.size()) / 2);
        if (!explain) {
            return;
        }
        List<MatchPath> found = new ArrayList<>();
        List<Profile.Scenario[]> all = new ArrayList<>(same);
        all.addAll(domain);
        for (Profile.Scenario[] pair : all) {
            if (found.size() >= Scorer.PATHS_PER_FACTOR) {
                break;
            }
            found.add(PathSteps.meeting(
                    source, c, NodeKind.SCENARIO, pair[0], pair[1], "~SAME_DOMAIN", MatchFactor.SCENARIO));
        }
        paths.put(MatchFactor.SCENARIO, found);
        if (!same.isEmpty()) {
            details.put(MatchFactor.SCENARIO, new String[] {same.getFirst()[0].name(), same.getFirst()[0].nameEn()});
        } else if (!domain.isEmpty()) {
            details.put(
                    MatchFactor.SCENARIO, new String[] {domain.getFirst()[1].name(), domain.getFirst()[1].nameEn()});
        }
    }

    private static List<Profile.Scenario> distinctScenarios(List<Profile.Scenario> scenarios) {
        Map<String, Profile.Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.merge(s.id(), s, (a, b) -> a.via() == null ? a : b));
        return List.copyOf(byId.values());
    }
}

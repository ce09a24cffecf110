package org.brainbridge.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The criteria of one policy as loaded from the criteria file: per measure number, its routes in file order.
 *
 * @param policyId the policy the file is about
 * @param source where it was loaded from (for messages)
 */
record PolicyCriteria(String policyId, String source, Map<Integer, List<Route>> routesByMeasure) {

    static PolicyCriteria empty(String source) {
        return new PolicyCriteria(null, source, Map.of());
    }

    List<Route> routes(int measureNumber) {
        return routesByMeasure.getOrDefault(measureNumber, List.of());
    }

    List<Criterion> criteria() {
        return routesByMeasure.values().stream()
                .flatMap(List::stream)
                .flatMap(r -> r.rules().stream())
                .map(Rule::criterion)
                .toList();
    }

    /** One provision of a measure: all its rules must hold; the first says who it is for. */
    record Route(int measureNumber, String key, String zh, String en, List<Rule> rules) {

        Condition.KindIn audience() {
            return (Condition.KindIn) rules.getFirst().condition();
        }
    }

    /** A criterion with its parsed condition. */
    record Rule(Criterion criterion, Condition condition) {}

    @Override
    public String toString() {
        return "PolicyCriteria[%s from %s: %s]"
                .formatted(
                        policyId,
                        source,
                        routesByMeasure.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue().size())
                                .collect(Collectors.joining(", ")));
    }
}

package org.brainbridge.search.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.evaluation.Machine;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.search.SearchProbe;

/** Runs every judged query against our search and the full-text baseline, on a graph that is already seeded. */
final class Evaluator {

    static final int K = 10;

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    // A talent is shown by its headline: the report must not print a person's name.
    private static final String NAMES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id, CASE WHEN n:Talent THEN n.headline ELSE n.name END AS name
            """;

    private final SearchProbe probe;
    private final GraphGateway gateway;

    Evaluator(SearchProbe probe, GraphGateway gateway) {
        this.probe = probe;
        this.gateway = gateway;
    }

    EvaluationReport evaluate(Judgments judgments, String seed, String label) {
        List<Judgments.JudgedQuery> evaluated =
                judgments.queries().stream().filter(q -> q.maxGrade() >= 1).toList();
        List<Judgments.JudgedQuery> skipped =
                judgments.queries().stream().filter(q -> q.maxGrade() < 1).toList();
        int threshold = Metrics.recallThreshold(evaluated);

        probe.awaitCaughtUp(TIMEOUT);
        // Ours first, before the baseline's scaffolding properties exist (they bypass the change log anyway).
        long started = System.nanoTime();
        Map<String, List<String>> ours = new HashMap<>();
        evaluated.forEach(q -> ours.put(q.id(), probe.rankedIds(q.text(), K)));
        long oursMillis = (System.nanoTime() - started) / 1_000_000;

        FullTextBaseline baseline = new FullTextBaseline(gateway, probe);
        baseline.prepare(TIMEOUT);
        started = System.nanoTime();
        Map<String, List<String>> base = new HashMap<>();
        evaluated.forEach(q -> base.put(q.id(), baseline.rankedIds(q.text(), K)));
        long baselineMillis = (System.nanoTime() - started) / 1_000_000;

        List<QueryResult> results = new ArrayList<>();
        for (Judgments.JudgedQuery query : evaluated) {
            results.add(QueryResult.score(query, ours.get(query.id()), base.get(query.id()), K, threshold));
        }
        Set<String> ids = new LinkedHashSet<>();
        judgments.queries().forEach(q -> ids.addAll(q.grades().keySet()));
        ours.values().forEach(ids::addAll);
        base.values().forEach(ids::addAll);
        Map<String, String> names = names(List.copyOf(ids));
        List<String> unknown = judgments.queries().stream()
                .flatMap(q -> q.grades().keySet().stream())
                .filter(id -> !names.containsKey(id))
                .distinct()
                .toList();
        EvaluationReport.Run run = new EvaluationReport.Run(
                seed,
                judgments.source(),
                label,
                java.time.ZonedDateTime.now()
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Machine.describe(),
                K,
                threshold,
                skipped,
                judgments.inferredTypes(),
                unknown,
                baseline.failedQueries(),
                oursMillis,
                baselineMillis);
        return new EvaluationReport(run, results, names);
    }

    private Map<String, String> names(List<String> ids) {
        Map<String, String> names = new HashMap<>();
        gateway.query(NAMES, Map.of("ids", ids))
                .forEach(r -> names.put(
                        r.get("id").asString(),
                        r.get("name").isNull() ? "" : r.get("name").asString()));
        return names;
    }
}

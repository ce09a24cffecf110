package org.brainbridge.matching.evaluation;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.brainbridge.evaluation.Machine;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.Match;
import org.brainbridge.matching.MatchingService;
import org.brainbridge.matching.Weights;
import org.brainbridge.search.SearchProbe;
import org.brainbridge.support.InvalidArgumentException;

/**
 * Runs every judged source through our engine and the three baselines on a graph that is already seeded, and scores
 * each ranking. Judged ids the graph does not have, and sources or targets of a kind the journey does not take, are
 * reported with their line and column and counted: a missing source is not evaluated, a missing or wrong-kind target
 * stays in the ideal ranking (no engine can return it, so every engine loses alike).
 */
final class MatchEvaluator {

    static final int K = 10;
    static final int P_AT = 5;

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    // A talent is shown by headline: the report must not print a person's name.
    private static final String NODES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
                   CASE WHEN n:Talent THEN n.headline ELSE n.name END AS name
            """;

    private final MatchingService matching;
    private final GraphGateway gateway;
    private final SearchProbe probe;
    private final long seed;

    MatchEvaluator(MatchingService matching, GraphGateway gateway, SearchProbe probe, long seed) {
        this.matching = matching;
        this.gateway = gateway;
        this.probe = probe;
        this.seed = seed;
    }

    /** A judged id that could not be evaluated as written, with where it was. */
    record Problem(int line, int column, String id, String message) {}

    MatchReport evaluate(MatchJudgments judgments, String seedFolder, String label) {
        probe.awaitCaughtUp(TIMEOUT);
        Set<String> ids = new LinkedHashSet<>();
        judgments.sources().forEach(s -> {
            ids.add(s.sourceId());
            ids.addAll(s.grades().keySet());
        });
        Map<String, Node> nodes = nodes(List.copyOf(ids));
        List<Problem> problems = new ArrayList<>();
        List<MatchJudgments.JudgedSource> evaluable = new ArrayList<>();
        List<MatchJudgments.JudgedSource> skipped = new ArrayList<>();
        for (MatchJudgments.JudgedSource s : judgments.sources()) {
            if (check(s, nodes, problems) && s.maxGrade() >= 1) {
                evaluable.add(s);
            } else if (nodes.containsKey(s.sourceId())) {
                skipped.add(s);
            }
        }
        int threshold = evaluable.stream().allMatch(s -> s.maxGrade() >= 2) ? 2 : 1;

        Baselines baselines = new Baselines(gateway, matching, seed);
        Map<Engine, Long> nanos = new EnumMap<>(Engine.class);
        List<SourceResult> results = new ArrayList<>();
        for (MatchJudgments.JudgedSource s : evaluable) {
            NodeKind kind = nodes.get(s.sourceId()).kind();
            List<NodeKind> targets = s.journey().targets(kind);
            Map<Engine, List<String>> rankings = new EnumMap<>(Engine.class);
            try {
                rankings.put(
                        Engine.OURS,
                        timed(
                                Engine.OURS,
                                nanos,
                                () -> ids(matching.match(s.journey(), s.sourceId(), null, K, null)
                                        .nodes())));
                rankings.put(
                        Engine.TEXT,
                        timed(
                                Engine.TEXT,
                                nanos,
                                () -> ids(matching.textOnly(s.journey(), s.sourceId(), K)
                                        .nodes())));
                rankings.put(
                        Engine.MOST_CONNECTED,
                        timed(
                                Engine.MOST_CONNECTED,
                                nanos,
                                () -> baselines.mostConnected(s.journey(), s.sourceId(), targets, K)));
                rankings.put(
                        Engine.RANDOM,
                        timed(Engine.RANDOM, nanos, () -> baselines.random(s.journey(), s.sourceId(), targets, K)));
            } catch (InvalidArgumentException e) {
                // The engine refuses this source (a talent without consent, say): reported, not scored.
                problems.add(new Problem(s.line(), 2, s.sourceId(), e.getMessage()));
                skipped.add(s);
                continue;
            }
            Map<Engine, SourceResult.Scores> scores = new EnumMap<>(Engine.class);
            rankings.forEach(
                    (engine, ranked) -> scores.put(engine, SourceResult.Scores.of(ranked, s.grades(), threshold)));
            results.add(new SourceResult(s, kind, rankings, scores));
        }

        Map<String, String> names = new HashMap<>();
        nodes.forEach((id, n) -> names.put(id, n.name()));
        Set<String> returned = new LinkedHashSet<>();
        results.forEach(r -> r.rankings().values().forEach(returned::addAll));
        returned.removeAll(names.keySet());
        nodes(List.copyOf(returned)).forEach((id, n) -> names.put(id, n.name()));

        Map<Journey, Weights> weights = new LinkedHashMap<>();
        judgments.journeys().forEach(j -> weights.put(j, matching.configuredWeights(j)));
        MatchReport.Run run = new MatchReport.Run(
                seedFolder,
                judgments.file(),
                label,
                ZonedDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Machine.describe(),
                threshold,
                seed,
                problems,
                skipped,
                nanos,
                weights);
        return new MatchReport(run, results, names);
    }

    /** Whether the source can be evaluated; records every problem of its ids. */
    private static boolean check(MatchJudgments.JudgedSource s, Map<String, Node> nodes, List<Problem> problems) {
        String journey = s.journey().name().toLowerCase(Locale.ROOT);
        Node source = nodes.get(s.sourceId());
        if (source == null) {
            problems.add(new Problem(
                    s.line(),
                    2,
                    s.sourceId(),
                    "source '%s' is not in the graph; its %d judged targets are not evaluated"
                            .formatted(s.sourceId(), s.grades().size())));
            return false;
        }
        if (!s.journey().sources().contains(source.kind())) {
            problems.add(new Problem(
                    s.line(),
                    2,
                    s.sourceId(),
                    "source '%s' is %s; journey %s takes %s"
                            .formatted(
                                    s.sourceId(),
                                    withArticle(source.kind()),
                                    journey,
                                    kinds(s.journey().sources()))));
            return false;
        }
        List<NodeKind> targets = s.journey().targets(source.kind());
        s.grades().keySet().forEach(target -> {
            Node node = nodes.get(target);
            int line = s.lines().get(target);
            if (node == null) {
                problems.add(new Problem(
                        line,
                        3,
                        target,
                        "target '%s' is not in the graph (it stays in the ideal ranking; no engine can return it)"
                                .formatted(target)));
            } else if (!targets.contains(node.kind())) {
                problems.add(new Problem(
                        line,
                        3,
                        target,
                        "target '%s' is %s; journey %s proposes %s for %s (no engine can return it)"
                                .formatted(
                                        target,
                                        withArticle(node.kind()),
                                        journey,
                                        kinds(targets),
                                        withArticle(source.kind()))));
            }
        });
        return true;
    }

    private static String withArticle(NodeKind kind) {
        String name = kindName(kind);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static String kindName(NodeKind kind) {
        return kind.en().toLowerCase(Locale.ROOT);
    }

    private static String kinds(java.util.Collection<NodeKind> kinds) {
        return kinds.stream().map(MatchEvaluator::kindName).sorted().collect(Collectors.joining(" or "));
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }

    private static List<String> timed(Engine engine, Map<Engine, Long> nanos, Supplier<List<String>> work) {
        long started = System.nanoTime();
        List<String> out = work.get();
        nanos.merge(engine, System.nanoTime() - started, Long::sum);
        return out;
    }

    private record Node(String id, NodeKind kind, String name) {}

    private Map<String, Node> nodes(List<String> ids) {
        Map<String, Node> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        gateway.query(NODES, Map.of("ids", ids)).forEach(r -> {
            NodeKind kind = NodeKind.byLabel(r.get("label").asString()).orElse(null);
            if (kind != null) {
                String id = r.get("id").asString();
                nodes.put(
                        id,
                        new Node(
                                id,
                                kind,
                                r.get("name").isNull() ? "" : r.get("name").asString()));
            }
        });
        return nodes;
    }
}

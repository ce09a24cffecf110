package org.brainbridge.search.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The evaluation's results, as a console summary and as markdown: overall and per query type, ours next to the
 * baseline with the differences, the worst queries for ours, and every query where ours falls short.
 */
final class EvaluationReport {

    /** The issue's targets on the judged set. */
    static final double TARGET_NDCG_GAIN = 0.15;

    static final double TARGET_RECALL = 0.9;
    static final int WORST = 10;

    /** How the run was made; shown in the report's header and notes. */
    record Run(
            String seed,
            String judgments,
            String label,
            String date,
            List<String> machine,
            int k,
            int threshold,
            List<Judgments.JudgedQuery> skipped,
            int inferredTypes,
            List<String> unknownJudgedIds,
            int baselineFailures,
            long oursMillis,
            long baselineMillis) {}

    /** Mean scores of a group of queries. */
    record Summary(String group, int queries, double oursNdcg, double baseNdcg, double oursRecall, double baseRecall) {}

    private final Run run;
    private final List<QueryResult> results;
    private final Map<String, String> names;

    EvaluationReport(Run run, List<QueryResult> results, Map<String, String> names) {
        this.run = run;
        this.results = List.copyOf(results);
        this.names = Map.copyOf(names);
    }

    Run run() {
        return run;
    }

    List<QueryResult> results() {
        return results;
    }

    List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        summaries.add(summary("overall", results));
        for (String type : Judgments.TYPES) {
            List<QueryResult> ofType =
                    results.stream().filter(r -> r.query().type().equals(type)).toList();
            if (!ofType.isEmpty()) {
                summaries.add(summary(type, ofType));
            }
        }
        return summaries;
    }

    /** The queries where ours scores lowest (nDCG@k, then recall@k). */
    List<QueryResult> worst(int n) {
        return results.stream()
                .sorted(Comparator.comparingDouble(
                                (QueryResult r) -> r.oursScores().ndcg())
                        .thenComparingDouble(r -> r.oursScores().recall()))
                .limit(n)
                .toList();
    }

    /** Queries where ours misses the recall target or ranks below the baseline. */
    List<QueryResult> shortfalls() {
        return results.stream()
                .filter(r -> r.oursScores().recall() < TARGET_RECALL
                        || r.oursScores().ndcg() < r.baseScores().ndcg())
                .sorted(Comparator.comparingDouble(
                        (QueryResult r) -> r.oursScores().ndcg()))
                .toList();
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("Search quality: %d queries evaluated, %d skipped; k = %d; relevant for recall: grade >= %d%n"
                .formatted(results.size(), run.skipped().size(), run.k(), run.threshold()));
        if (run.inferredTypes() > 0) {
            out.append("Types inferred from the text (no type column) for %d queries%n".formatted(run.inferredTypes()));
        }
        out.append("%-10s %7s  %-26s  %-26s%n".formatted("", "", "nDCG@" + run.k(), "recall@" + run.k()));
        out.append("%-10s %7s  %8s %8s %8s  %8s %8s %8s%n"
                .formatted("type", "queries", "ours", "baseline", "diff", "ours", "baseline", "diff"));
        for (Summary s : summaries()) {
            out.append("%-10s %7d  %8s %8s %8s  %8s %8s %8s%n"
                    .formatted(
                            s.group(),
                            s.queries(),
                            f(s.oursNdcg()),
                            f(s.baseNdcg()),
                            signed(s.oursNdcg() - s.baseNdcg()),
                            f(s.oursRecall()),
                            f(s.baseRecall()),
                            signed(s.oursRecall() - s.baseRecall())));
        }
        out.append(targets()).append('\n');
        out.append("Worst %d queries for ours (nDCG@%d, recall@%d, top 3):%n".formatted(WORST, run.k(), run.k()));
        for (QueryResult r : worst(WORST)) {
            out.append("  %-6s %-32s %s %s  %s%n"
                    .formatted(
                            r.query().id(),
                            r.query().text(),
                            f(r.oursScores().ndcg()),
                            f(r.oursScores().recall()),
                            String.join(" | ", top(r, r.ours(), 3))));
        }
        return out.toString();
    }

    String markdown() {
        return new MarkdownReport(this).render();
    }

    String targets() {
        Summary overall = summaries().getFirst();
        double gain = overall.oursNdcg() - overall.baseNdcg();
        return ("Targets: nDCG@%d ours − baseline ≥ %.2f: %s (%s); recall@%d ours ≥ %.2f: %s (%s)")
                .formatted(
                        run.k(),
                        TARGET_NDCG_GAIN,
                        gain >= TARGET_NDCG_GAIN ? "met" : "NOT met",
                        signed(gain),
                        run.k(),
                        TARGET_RECALL,
                        overall.oursRecall() >= TARGET_RECALL ? "met" : "NOT met",
                        f(overall.oursRecall()));
    }

    List<String> top(QueryResult r, List<String> ranked, int n) {
        return ranked.stream()
                .limit(n)
                .map(id -> label(id) + " (" + r.query().grades().getOrDefault(id, 0) + ")")
                .toList();
    }

    String label(String id) {
        String name = names.get(id);
        return name == null ? id : id + " " + name;
    }

    private static Summary summary(String group, List<QueryResult> results) {
        return new Summary(
                group,
                results.size(),
                mean(results, r -> r.oursScores().ndcg()),
                mean(results, r -> r.baseScores().ndcg()),
                mean(results, r -> r.oursScores().recall()),
                mean(results, r -> r.baseScores().recall()));
    }

    private static double mean(List<QueryResult> results, ToDoubleFunction<QueryResult> value) {
        return results.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }
}

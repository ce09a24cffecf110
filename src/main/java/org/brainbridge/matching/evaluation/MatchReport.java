package org.brainbridge.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.MatchFactor;
import org.brainbridge.matching.Weights;

/**
 * The matching evaluation's results, as a console summary and as markdown: per journey and engine the mean
 * precision@5, nDCG@10 and MRR@10, our nDCG against the text-only baseline's with the target, the problems found in
 * the judgments, and per source what each engine proposed.
 */
final class MatchReport {

    /** The issue's target, per journey: our nDCG@10 at least this multiple of the text-only baseline's. */
    static final double TARGET_RATIO = 1.2;

    /** How the run was made. */
    record Run(
            String seed,
            String judgments,
            String label,
            String date,
            List<String> machine,
            int threshold,
            long randomSeed,
            List<MatchEvaluator.Problem> problems,
            List<MatchJudgments.JudgedSource> skipped,
            Map<Engine, Long> nanos,
            Map<Journey, Weights> weights) {}

    /** Mean scores of one engine over a group of sources. */
    record Mean(double precision, double ndcg, double mrr) {}

    /** One journey (or all together): how many sources, and each engine's means. */
    record Summary(String group, int sources, Map<Engine, Mean> means) {

        Mean of(Engine engine) {
            return means.get(engine);
        }

        /** Our nDCG@10 divided by the text-only baseline's (infinite when that is 0 and ours is not). */
        double ratio() {
            double text = of(Engine.TEXT).ndcg();
            double ours = of(Engine.OURS).ndcg();
            return text == 0 ? (ours == 0 ? 1 : Double.POSITIVE_INFINITY) : ours / text;
        }

        boolean meetsTarget() {
            return ratio() >= TARGET_RATIO;
        }
    }

    private final Run run;
    private final List<SourceResult> results;
    private final Map<String, String> names;

    MatchReport(Run run, List<SourceResult> results, Map<String, String> names) {
        this.run = run;
        this.results = List.copyOf(results);
        this.names = Map.copyOf(names);
    }

    Run run() {
        return run;
    }

    List<SourceResult> results() {
        return results;
    }

    /** Per journey that has evaluated sources, in the enum's order, then all sources together. */
    List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        for (Journey journey : Journey.values()) {
            List<SourceResult> of = results.stream()
                    .filter(r -> r.source().journey() == journey)
                    .toList();
            if (!of.isEmpty()) {
                out.add(summary(journey.name().toLowerCase(Locale.ROOT), of));
            }
        }
        if (!results.isEmpty()) {
            out.add(summary("all", results));
        }
        return out;
    }

    /** Whether every journey meets the target (the "all" row is not a journey). */
    boolean targetsMet() {
        List<Summary> journeys =
                summaries().stream().filter(s -> !s.group().equals("all")).toList();
        return !journeys.isEmpty() && journeys.stream().allMatch(Summary::meetsTarget);
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(("Matching quality: %d sources evaluated, %d skipped, %d problems in the judgments; relevant: grade"
                        + " >= %d%n")
                .formatted(results.size(), run.skipped().size(), run.problems().size(), run.threshold()));
        out.append("%-12s %7s".formatted("journey", "sources"));
        for (Engine e : Engine.values()) {
            out.append("  %-20s".formatted(e.label()));
        }
        out.append("  ours/text nDCG\n");
        out.append("%-12s %7s".formatted("", ""));
        for (int i = 0; i < Engine.values().length; i++) {
            out.append("  %6s %6s %6s".formatted("P@" + MatchEvaluator.P_AT, "nDCG", "MRR"));
        }
        out.append('\n');
        for (Summary s : summaries()) {
            out.append("%-12s %7d".formatted(s.group(), s.sources()));
            for (Engine e : Engine.values()) {
                Mean m = s.of(e);
                out.append("  %6s %6s %6s".formatted(f(m.precision()), f(m.ndcg()), f(m.mrr())));
            }
            out.append("  %s%s%n"
                    .formatted(
                            ratio(s.ratio()),
                            s.group().equals("all") ? "" : s.meetsTarget() ? " (target met)" : " (target NOT met)"));
        }
        out.append("Target: on every journey our nDCG@%d >= %.1f x text-only's: %s%n"
                .formatted(MatchEvaluator.K, TARGET_RATIO, targetsMet() ? "met" : "NOT met"));
        if (!run.problems().isEmpty()) {
            out.append(
                    "Problems in the judgments (%d):%n".formatted(run.problems().size()));
            run.problems().stream()
                    .limit(20)
                    .forEach(p -> out.append("  %s:%d: column %d (%s): %s%n"
                            .formatted(
                                    run.judgments(),
                                    p.line(),
                                    p.column(),
                                    MatchJudgments.COLUMNS.get(p.column() - 1),
                                    p.message())));
            if (run.problems().size() > 20) {
                out.append(
                        "  … %d more in the report%n".formatted(run.problems().size() - 20));
            }
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Matching quality evaluation — %s%n%n".formatted(run.date()));
        md.append("Measured with `org.brainbridge.matching.evaluation.MatchEvaluation` (`bench/match-eval.sh`; see "
                + "docs/matching.md, \"Quality\").\n\n");
        md.append("- Seed: `%s`%n- Judgments: `%s` (%d sources evaluated, %d skipped, %d problems)%n"
                .formatted(
                        run.seed(),
                        run.judgments(),
                        results.size(),
                        run.skipped().size(),
                        run.problems().size()));
        if (run.label() != null && !run.label().isBlank()) {
            md.append("- %s%n".formatted(run.label()));
        }
        md.append("- Ours: `MatchingService.match`, configured weights (below), first page of %d%n"
                .formatted(MatchEvaluator.K));
        md.append("- text-only: `MatchingService.textOnly` (Lucene similarity of the source's text alone, same hard "
                + "rules); most-connected: the candidate kinds' nodes by degree; random: a shuffle seeded with "
                + run.randomSeed() + ", the journey and the source. Every baseline keeps to the hard rules.\n");
        md.append(("- Metrics: precision@%d and MRR@%d with grade ≥ %d as relevant; nDCG@%d with gain 2^grade − 1, "
                        + "log2 discount, ideal from all judged grades of the source; unjudged targets count as "
                        + "grade 0%n%n")
                .formatted(MatchEvaluator.P_AT, MatchEvaluator.K, run.threshold(), MatchEvaluator.K));
        md.append("## Summary\n\n");
        md.append(table("nDCG@" + MatchEvaluator.K, Mean::ndcg, true));
        md.append(table("precision@" + MatchEvaluator.P_AT, Mean::precision, false));
        md.append(table("MRR@" + MatchEvaluator.K, Mean::mrr, false));
        md.append("Target: on every journey our nDCG@%d ≥ %.1f × text-only's: **%s**.%n%n"
                .formatted(MatchEvaluator.K, TARGET_RATIO, targetsMet() ? "met" : "NOT met"));
        md.append(weightsSection());
        md.append(problemsSection());
        md.append(perSourceSection());
        md.append("## Time\n\n");
        md.append("All sources, one pass each, warm-up included: ");
        List<String> times = new ArrayList<>();
        for (Engine e : Engine.values()) {
            times.add("%s %d ms".formatted(e.label(), run.nanos().getOrDefault(e, 0L) / 1_000_000));
        }
        md.append(String.join(", ", times)).append(".\n\n");
        md.append("## Machine\n\n");
        run.machine().forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    private String table(String metric, ToDoubleFunction<Mean> value, boolean withTarget) {
        StringBuilder md = new StringBuilder("### %s%n%n| journey | sources |".formatted(metric));
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Engine e : Engine.values()) {
            md.append(" %s |".formatted(e.label()));
            rule.append("---:|");
        }
        if (withTarget) {
            md.append(" ours ÷ text-only | target ≥ %.1f× |".formatted(TARGET_RATIO));
            rule.append("---:|---|");
        }
        md.append('\n').append(rule).append('\n');
        for (Summary s : summaries()) {
            boolean all = s.group().equals("all");
            md.append("| %s | %d |".formatted(all ? "**all**" : s.group(), s.sources()));
            for (Engine e : Engine.values()) {
                String v = f(value.applyAsDouble(s.of(e)));
                md.append(" %s |".formatted(e == Engine.OURS ? "**" + v + "**" : v));
            }
            if (withTarget) {
                md.append(" %s | %s |".formatted(ratio(s.ratio()), all ? "" : s.meetsTarget() ? "met" : "**NOT met**"));
            }
            md.append('\n');
        }
        return md.append('\n').toString();
    }

    private String weightsSection() {
        StringBuilder md = new StringBuilder("## Weights used (configured, normalised)\n\n| journey |");
        StringBuilder rule = new StringBuilder("|---|");
        for (MatchFactor f : MatchFactor.values()) {
            md.append(" %s |".formatted(f.name().toLowerCase(Locale.ROOT)));
            rule.append("---:|");
        }
        md.append('\n').append(rule).append('\n');
        run.weights().forEach((journey, w) -> {
            double sum = 0;
            for (MatchFactor f : MatchFactor.values()) {
                sum += w.of(f);
            }
            md.append("| %s |".formatted(journey.name().toLowerCase(Locale.ROOT)));
            for (MatchFactor f : MatchFactor.values()) {
                md.append(" %s |".formatted(f(w.of(f) / sum)));
            }
            md.append('\n');
        });
        return md.append('\n').toString();
    }

    private String problemsSection() {
        StringBuilder md = new StringBuilder("## Problems in the judgments\n\n");
        if (run.problems().isEmpty()) {
            md.append("None: every judged id is in the graph and of a kind its journey takes.\n\n");
        } else {
            md.append("| line | column | id | problem |\n|---:|---|---|---|\n");
            run.problems()
                    .forEach(p -> md.append("| %d | %d (%s) | `%s` | %s |%n"
                            .formatted(
                                    p.line(),
                                    p.column(),
                                    MatchJudgments.COLUMNS.get(p.column() - 1),
                                    p.id(),
                                    cell(p.message()))));
            md.append('\n');
        }
        md.append(
                        "Skipped sources (not in the graph, refused by the engine, of the wrong kind, or no target graded ≥ 1): ")
                .append(
                        run.skipped().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        run.skipped().stream()
                                                .map(s -> s.journey().name().toLowerCase(Locale.ROOT) + " `"
                                                        + s.sourceId() + "` (line " + s.line() + ")")
                                                .toList()))
                .append("\n\n");
        return md.toString();
    }

    private String perSourceSection() {
        StringBuilder md = new StringBuilder("## Per source\n\n");
        md.append("nDCG@%d per engine; our top 3 with their grades (unjudged: 0).%n%n".formatted(MatchEvaluator.K));
        md.append("| journey | source | judged |");
        for (Engine e : Engine.values()) {
            md.append(" %s |".formatted(e.label()));
        }
        md.append(" our top 3 |\n|---|---|---:|---:|---:|---:|---:|---|\n");
        for (SourceResult r : results) {
            md.append("| %s | %s | %d |"
                    .formatted(
                            r.source().journey().name().toLowerCase(Locale.ROOT),
                            cell(label(r.source().sourceId())),
                            r.source().grades().size()));
            for (Engine e : Engine.values()) {
                md.append(" %s |".formatted(f(r.scores().get(e).ndcg())));
            }
            md.append(" %s |%n"
                    .formatted(cell(String.join(
                            "; ",
                            r.rankings().get(Engine.OURS).stream()
                                    .limit(3)
                                    .map(id -> label(id) + " ("
                                            + r.source().grades().getOrDefault(id, 0) + ")")
                                    .toList()))));
        }
        return md.append('\n').toString();
    }

    private Summary summary(String group, List<SourceResult> of) {
        Map<Engine, Mean> means = new java.util.EnumMap<>(Engine.class);
        for (Engine e : Engine.values()) {
            means.put(
                    e,
                    new Mean(
                            mean(of, r -> r.scores().get(e).precision()),
                            mean(of, r -> r.scores().get(e).ndcg()),
                            mean(of, r -> r.scores().get(e).reciprocalRank())));
        }
        return new Summary(group, of.size(), means);
    }

    private static double mean(List<SourceResult> of, ToDoubleFunction<SourceResult> value) {
        return of.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    String label(String id) {
        String name = names.get(id);
        return name == null || name.isBlank() ? id : id + " " + name;
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String ratio(double value) {
        return Double.isInfinite(value) ? "∞" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}

package org.brainbridge.search.evaluation;

import java.util.List;

/** The evaluation report as markdown: header, summary, targets, worst queries, shortfalls, every query, notes. */
final class MarkdownReport {

    private final EvaluationReport report;
    private final EvaluationReport.Run run;

    MarkdownReport(EvaluationReport report) {
        this.report = report;
        this.run = report.run();
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Search quality evaluation — %s%n%n".formatted(run.date()));
        md.append("Measured with `org.brainbridge.search.evaluation.SearchEvaluation` (see docs/search.md, "
                + "\"Measuring quality\").\n\n");
        md.append("- Seed: `%s`%n- Judgments: `%s` (%d queries evaluated, %d skipped)%n"
                .formatted(
                        run.seed(),
                        run.judgments(),
                        report.results().size(),
                        run.skipped().size()));
        if (run.label() != null && !run.label().isBlank()) {
            md.append("- %s%n".formatted(run.label()));
        }
        md.append(
                "- Ours: `SearchService` (the Lucene index, as the `search` query serves it, no filter), first %d hits%n"
                        .formatted(run.k()));
        md.append(
                "- Baseline: Neo4j full-text index `%s` (analyzer `cjk`) over the same text per node: names, "
                                .formatted(FullTextBaseline.INDEX)
                        + "texts and neighbour names (talent: headline, never the name); query text escaped for Lucene syntax\n");
        md.append("- Metrics: nDCG@%d (gain 2^grade − 1, log2 discount, ideal from all judged grades of the query); "
                        .formatted(run.k())
                + "recall@%d with grade ≥ %d as relevant, divided by min(%d, relevant)%n%n"
                        .formatted(run.k(), run.threshold(), run.k()));
        md.append("## Summary\n\n");
        md.append("| type | queries | nDCG@%1$d ours | nDCG@%1$d baseline | difference | recall@%1$d ours "
                        .formatted(run.k())
                + "| recall@%1$d baseline | difference |%n|---|---:|---:|---:|---:|---:|---:|---:|%n"
                        .formatted(run.k()));
        for (EvaluationReport.Summary s : report.summaries()) {
            boolean overall = s.group().equals("overall");
            String name = overall ? "**overall**" : s.group();
            md.append("| %s | %d | %s | %s | %s | %s | %s | %s |%n"
                    .formatted(
                            name,
                            s.queries(),
                            bold(EvaluationReport.f(s.oursNdcg()), overall),
                            EvaluationReport.f(s.baseNdcg()),
                            bold(EvaluationReport.signed(s.oursNdcg() - s.baseNdcg()), overall),
                            bold(EvaluationReport.f(s.oursRecall()), overall),
                            EvaluationReport.f(s.baseRecall()),
                            EvaluationReport.signed(s.oursRecall() - s.baseRecall())));
        }
        md.append("\n").append(report.targets().replace("\n", "\n\n")).append("\n\n");
        md.append("## Worst %d queries for ours%n%n".formatted(EvaluationReport.WORST));
        md.append("| query | type | nDCG ours | nDCG baseline | recall ours | our top 3 (grade) |\n");
        md.append("|---|---|---:|---:|---:|---|\n");
        for (QueryResult r : report.worst(EvaluationReport.WORST)) {
            md.append("| %s「%s」 | %s | %s | %s | %s | %s |%n"
                    .formatted(
                            r.query().id(),
                            cell(r.query().text()),
                            r.query().type(),
                            EvaluationReport.f(r.oursScores().ndcg()),
                            EvaluationReport.f(r.baseScores().ndcg()),
                            EvaluationReport.f(r.oursScores().recall()),
                            cell(String.join("; ", report.top(r, r.ours(), 3)))));
        }
        md.append(shortfallSection());
        md.append(perQuerySection());
        md.append(notes());
        md.append("## Machine\n\n");
        run.machine().forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    private String shortfallSection() {
        List<QueryResult> shortfalls = report.shortfalls();
        StringBuilder md = new StringBuilder("\n## Where ours falls short\n\n");
        md.append(
                ("Queries where our recall@%d is below %.2f or our nDCG@%d is below the baseline's, lowest nDCG first: "
                                + "what we returned (top 5, with grades) and the relevant entities we missed.%n%n")
                        .formatted(run.k(), EvaluationReport.TARGET_RECALL, run.k()));
        if (shortfalls.isEmpty()) {
            return md.append("None.\n\n").toString();
        }
        for (QueryResult r : shortfalls) {
            md.append("### %s「%s」 (%s)%n%n"
                    .formatted(r.query().id(), r.query().text(), r.query().type()));
            md.append("nDCG@%d %s (baseline %s), recall@%d %s (baseline %s)%n%n"
                    .formatted(
                            run.k(),
                            EvaluationReport.f(r.oursScores().ndcg()),
                            EvaluationReport.f(r.baseScores().ndcg()),
                            run.k(),
                            EvaluationReport.f(r.oursScores().recall()),
                            EvaluationReport.f(r.baseScores().recall())));
            md.append("- ours: ")
                    .append(r.ours().isEmpty() ? "(nothing)" : cell(String.join("; ", report.top(r, r.ours(), 5))))
                    .append('\n');
            md.append("- baseline: ")
                    .append(
                            r.baseline().isEmpty()
                                    ? "(nothing)"
                                    : cell(String.join("; ", report.top(r, r.baseline(), 5))))
                    .append('\n');
            List<String> missed = r.query().grades().entrySet().stream()
                    .filter(e -> e.getValue() >= run.threshold()
                            && !r.ours().stream().limit(run.k()).toList().contains(e.getKey()))
                    .map(e -> report.label(e.getKey()) + " (" + e.getValue() + ")")
                    .toList();
            md.append("- missed: ")
                    .append(missed.isEmpty() ? "—" : cell(String.join("; ", missed)))
                    .append("\n\n");
        }
        return md.toString();
    }

    private String perQuerySection() {
        StringBuilder md = new StringBuilder("## Per query\n\n");
        md.append("| query | type | judged | nDCG ours | nDCG baseline | recall ours | recall baseline |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (QueryResult r : report.results()) {
            md.append("| %s「%s」 | %s | %d | %s | %s | %s | %s |%n"
                    .formatted(
                            r.query().id(),
                            cell(r.query().text()),
                            r.query().type(),
                            r.query().grades().size(),
                            EvaluationReport.f(r.oursScores().ndcg()),
                            EvaluationReport.f(r.baseScores().ndcg()),
                            EvaluationReport.f(r.oursScores().recall()),
                            EvaluationReport.f(r.baseScores().recall())));
        }
        return md.append('\n').toString();
    }

    private String notes() {
        StringBuilder md = new StringBuilder("## Notes\n\n");
        md.append("- Skipped (no entity graded ≥ 1): ")
                .append(
                        run.skipped().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        run.skipped().stream()
                                                .map(q -> q.id() + "「" + q.text() + "」")
                                                .toList()))
                .append('\n');
        if (run.inferredTypes() > 0) {
            md.append(
                    ("- Query types inferred from the text for %d queries (the judgments give none): zh, en, mixed or "
                                    + "pinyin by script; short forms, misspellings and facet-style queries need a type column "
                                    + "to be reported apart%n")
                            .formatted(run.inferredTypes()));
        }
        md.append("- Judged ids not in the graph (they count as never returned): ")
                .append(run.unknownJudgedIds().isEmpty() ? "none" : String.join(", ", run.unknownJudgedIds()))
                .append('\n');
        md.append(
                "- Unjudged entities count as grade 0, for both engines alike: a relevant entity nobody judged lowers "
                        + "the score of whichever engine returns it.\n");
        md.append("- Baseline queries Neo4j rejected after escaping (counted as empty): %d%n"
                .formatted(run.baselineFailures()));
        md.append("- Time for all queries (one pass, including warm-up): ours %d ms, baseline %d ms%n%n"
                .formatted(run.oursMillis(), run.baselineMillis()));
        return md.toString();
    }

    private static String bold(String value, boolean bold) {
        return bold ? "**" + value + "**" : value;
    }

    /** Keeps a value inside one markdown table cell. */
    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}

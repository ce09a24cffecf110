package org.brainbridge.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's pieces without a graph: the judgments parser, scores of hand-made rankings, the summary. */
class MatchEvaluationTest {

    @Test
    void readsJudgmentsWithOrWithoutAHeaderIgnoringCommentsAndBlankLines() {
        MatchJudgments withHeader = MatchJudgments.parse(
                List.of(
                        "# planted cases",
                        "journey\tsource_id\ttarget_id\tgrade",
                        "investor\tinv-1\tproj-1\t3",
                        "",
                        "investor\tinv-1\tent-2\t1",
                        "Candidate\tpos-1\ttal-1\t2",
                        "INVESTOR\tinv-1\tproj-3\t0"),
                "m.tsv");
        assertThat(withHeader.sources())
                .extracting(MatchJudgments.JudgedSource::journey, MatchJudgments.JudgedSource::sourceId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Journey.INVESTOR, "inv-1"),
                        org.assertj.core.groups.Tuple.tuple(Journey.CANDIDATE, "pos-1"));
        MatchJudgments.JudgedSource investor = withHeader.sources().getFirst();
        assertThat(investor.grades())
                .containsExactly(Map.entry("proj-1", 3), Map.entry("ent-2", 1), Map.entry("proj-3", 0));
        assertThat(investor.lines()).containsEntry("ent-2", 5);
        assertThat(investor.line()).isEqualTo(3);
        assertThat(withHeader.journeys()).containsExactly(Journey.INVESTOR, Journey.CANDIDATE);

        MatchJudgments bare = MatchJudgments.parse(List.of("similar\tent-1\tent-2\t2"), "bare.tsv");
        assertThat(bare.sources()).hasSize(1);
        assertThat(bare.sources().getFirst().grades()).containsEntry("ent-2", 2);
    }

    @Test
    void reportsEveryBadRowWithItsFileLineAndColumn() {
        List<String> lines = List.of(
                "journey\tsource_id\ttarget_id\tgrade",
                "investor\tinv-1\tproj-1\t3",
                "investors\tinv-1\tproj-2\t2",
                "investor\tinv-1\tproj-2\tthree",
                "investor\t\tproj-2\t1",
                "investor\tinv-1\tproj-1\t2",
                "partner\tinst-1\tent-1",
                "similar\tent-1\tent-1\t1");
        assertThatThrownBy(() -> MatchJudgments.parse(lines, "matching.tsv"))
                .isInstanceOfSatisfying(
                        MatchJudgments.InvalidJudgmentsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "matching.tsv:3: column 1 (journey): unknown journey 'investors'; expected one"
                                                + " of investor, partner, institution, candidate, position, similar",
                                        "matching.tsv:4: column 4 (grade): the grade must be 0, 1, 2 or 3, was 'three'",
                                        "matching.tsv:5: column 2 (source_id): the source id is empty",
                                        "matching.tsv:6: column 3 (target_id): 'proj-1' is judged twice for investor"
                                                + " 'inv-1' (first on line 2)",
                                        "matching.tsv:7: expected 4 tab-separated columns (journey, source_id,"
                                                + " target_id, grade), found 3",
                                        "matching.tsv:8: column 3 (target_id): the target 'ent-1' is the source itself"));
    }

    @Test
    void reportsAWrongHeaderCellAndAnEmptyFile() {
        assertThatThrownBy(() -> MatchJudgments.parse(
                        List.of("journey\tsource\ttarget_id\tgrade", "investor\tinv-1\tproj-1\t3"), "h.tsv"))
                .hasMessageContaining("h.tsv:1: column 2 (source_id): the header must be 'source_id', was 'source'");
        assertThatThrownBy(() -> MatchJudgments.parse(List.of("# nothing", ""), "empty.tsv"))
                .hasMessageContaining("empty.tsv: no judgments");
    }

    @Test
    void aMissingJudgmentsFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> MatchJudgments.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThat(MatchEvaluation.run(new String[] {"--seed", dir.toString(), "--judgments", missing.toString()}))
                .isEqualTo(2);
        assertThat(MatchEvaluation.run(new String[] {"--judgments"})).isEqualTo(2);
        assertThat(MatchEvaluation.run(new String[] {"--seed", dir.toString(), "--colour", "red"}))
                .isEqualTo(2);
    }

    @Test
    void scoresAHandMadeRanking() {
        // b (2) first, a (3) third, c (1) fifth; relevant means grade >= 2.
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1, "d", 2);
        SourceResult.Scores scores = SourceResult.Scores.of(List.of("x", "b", "y", "a", "c"), grades, 2);
        assertThat(scores.precision()).isEqualTo(2 / 5.0);
        assertThat(scores.reciprocalRank()).isEqualTo(1 / 2.0);
        double log2 = Math.log(2);
        double dcg = 3 / (Math.log(3) / log2) + 7 / (Math.log(5) / log2) + 1 / (Math.log(6) / log2);
        double ideal = 7 + 3 / (Math.log(3) / log2) + 3 / 2.0 + 1 / (Math.log(5) / log2);
        assertThat(scores.ndcg()).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void summarisesPerJourneyAndComparesOursWithTextOnly() {
        MatchJudgments.JudgedSource investor =
                new MatchJudgments.JudgedSource(Journey.INVESTOR, "inv-1", Map.of("a", 3), Map.of("a", 2), 2);
        MatchJudgments.JudgedSource partner =
                new MatchJudgments.JudgedSource(Journey.PARTNER, "inst-1", Map.of("b", 3), Map.of("b", 3), 3);
        SourceResult r1 = result(investor, List.of("a"), List.of("x", "a"));
        SourceResult r2 = result(partner, List.of("x", "y", "b"), List.of("b"));
        MatchReport report = new MatchReport(
                new MatchReport.Run(
                        "seed",
                        "m.tsv",
                        null,
                        "today",
                        List.of("a machine"),
                        2,
                        1,
                        List.of(new MatchEvaluator.Problem(9, 3, "ent-9", "target 'ent-9' is not in the graph")),
                        List.of(),
                        Map.of(),
                        Map.of()),
                List.of(r1, r2),
                Map.of("a", "A 公司"));
        List<MatchReport.Summary> summaries = report.summaries();
        assertThat(summaries).extracting(MatchReport.Summary::group).containsExactly("investor", "partner", "all");
        // Investor: ours nDCG 1, text-only 1/log2(3) = 0.631 -> ratio 1.58, met; partner: ours 0.5, text 1 -> not met.
        assertThat(summaries.get(0).ratio()).isCloseTo(Math.log(3) / Math.log(2), within(1e-9));
        assertThat(summaries.get(0).meetsTarget()).isTrue();
        assertThat(summaries.get(1).of(Engine.OURS).ndcg()).isCloseTo(0.5, within(1e-12));
        assertThat(summaries.get(1).meetsTarget()).isFalse();
        assertThat(summaries.get(2).of(Engine.OURS).mrr()).isCloseTo((1 + 1 / 3.0) / 2, within(1e-12));
        assertThat(report.targetsMet()).isFalse();
        assertThat(report.text())
                .contains("investor")
                .contains("target NOT met")
                .contains("m.tsv:9: column 3 (target_id): target 'ent-9' is not in the graph");
        assertThat(report.markdown())
                .contains("| journey | sources | ours | text-only | most-connected | random |")
                .contains("a A 公司 (3)")
                .contains("| 9 | 3 (target_id) | `ent-9` |");
    }

    private static SourceResult result(MatchJudgments.JudgedSource s, List<String> ours, List<String> text) {
        Map<Engine, List<String>> rankings = new EnumMap<>(Engine.class);
        rankings.put(Engine.OURS, ours);
        rankings.put(Engine.TEXT, text);
        rankings.put(Engine.MOST_CONNECTED, List.of());
        rankings.put(Engine.RANDOM, List.of());
        Map<Engine, SourceResult.Scores> scores = new EnumMap<>(Engine.class);
        rankings.forEach((e, r) -> scores.put(e, SourceResult.Scores.of(r, s.grades(), 2)));
        return new SourceResult(s, NodeKind.INVESTOR, rankings, scores);
    }
}

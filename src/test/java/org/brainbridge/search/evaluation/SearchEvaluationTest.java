package org.brainbridge.search.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The evaluation's metrics on a hand-made ranking, and the judgments parser; no Neo4j involved. */
@Tag("slow")
class SearchEvaluationTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void ndcgAndRecallOnAHandMadeRanking() {
        // Judged: a 3, b 2, c 1, d 2 (d is never returned); x and y are unjudged (grade 0).
        Map<String, Integer> grades = Map.of("a", 3, "b", 2, "c", 1, "d", 2);
        List<String> ranked = List.of("b", "x", "a", "y", "c");

        // DCG = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4) + 0 + (2^1-1)/log2(6) = 3 + 3.5 + 1/log2(6)
        double dcg = 3 + 7 / 2.0 + 1 / (Math.log(6) / Math.log(2));
        // Ideal: 3, 2, 2, 1 -> 7/1 + 3/log2(3) + 3/2 + 1/log2(5)
        double ideal = 7 + 3 / LOG2_3 + 3 / 2.0 + 1 / (Math.log(5) / Math.log(2));
        assertThat(Metrics.ndcg(ranked, grades, 10)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(Metrics.ndcg(ranked, grades, 10)).isCloseTo(0.6363, within(1e-4));

        // Relevant at grade >= 2: a, b, d; a and b are in the top 10.
        assertThat(Metrics.recall(ranked, grades, 10, 2)).isEqualTo(2 / 3.0);
        // At grade >= 1 c counts too: 3 of 4.
        assertThat(Metrics.recall(ranked, grades, 10, 1)).isEqualTo(3 / 4.0);
        // A cut-off of 2 keeps b only; recall divides by min(k, relevant) = 2.
        assertThat(Metrics.recall(ranked, grades, 2, 2)).isEqualTo(1 / 2.0);
    }

    @Test
    void perfectAndEmptyRankings() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 1);
        assertThat(Metrics.ndcg(List.of("a", "b"), grades, 10)).isEqualTo(1.0);
        assertThat(Metrics.ndcg(List.of("b", "a"), grades, 10))
                .isCloseTo((1 + 7 / LOG2_3) / (7 + 1 / LOG2_3), within(1e-12));
        assertThat(Metrics.ndcg(List.of(), grades, 10)).isZero();
        assertThat(Metrics.recall(List.of(), grades, 10, 1)).isZero();
        assertThat(Metrics.recall(List.of("a"), Map.of("a", 1), 10, 2)).isNaN();
    }

    @Test
    void recallThresholdIsTwoOnlyWhenEveryQueryHasAClearlyRelevantEntity() {
        var clear = new Judgments.JudgedQuery("q1", "脑电", "zh", Map.of("a", 2), 2);
        var weak = new Judgments.JudgedQuery("q2", "EEG", "en", Map.of("a", 1), 3);
        assertThat(Metrics.recallThreshold(List.of(clear))).isEqualTo(2);
        assertThat(Metrics.recallThreshold(List.of(clear, weak))).isEqualTo(1);
    }

    @Test
    void parsesQueriesInFileOrderIgnoringCommentsAndBlankLines() {
        Judgments judgments = Judgments.parse(
                List.of(
                        "# a comment",
                        Judgments.HEADER,
                        "",
                        "q1\t脑电采集\tzh\tent-1\t3",
                        "q1\t脑电采集\tzh\tent-2\t1",
                        "# between queries",
                        "q2\tEEG headset\ten\tprod-1\t2"),
                "test.tsv");
        assertThat(judgments.queries())
                .extracting(Judgments.JudgedQuery::id, Judgments.JudgedQuery::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("q1", 4), org.assertj.core.groups.Tuple.tuple("q2", 7));
        assertThat(judgments.queries().getFirst().grades())
                .containsExactly(Map.entry("ent-1", 3), Map.entry("ent-2", 1));
    }

    @Test
    void reportsEveryBadRowWithItsLineAndColumn() {
        List<String> lines = List.of(
                Judgments.HEADER,
                "q1\t脑电采集\tzh\tent-1\t3",
                "# a comment still counts as a line",
                "q1\t脑电采集\tzh\tent-2\tthree",
                "q2\tEEG\tenglishy\tent-3\t1",
                "q3\tEEG\ten\tent-3",
                "q1\t脑电采集\tzh\tent-1\t2",
                "q1\t脑电\tzh\tent-4\t2",
                "q4\tEEG\ten\t\t4");
        assertThatThrownBy(() -> Judgments.parse(lines, "search.tsv"))
                .isInstanceOfSatisfying(
                        Judgments.InvalidJudgmentsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "search.tsv:4: column 5 (grade): the grade must be 0, 1, 2 or 3, was 'three'",
                                        "search.tsv:5: column 3 (type): the type must be one of zh, en, mixed, short,"
                                                + " misspelt, pinyin, facet (or empty to infer it), was 'englishy'",
                                        "search.tsv:6: expected 5 tab-separated columns (query_id, query, type,"
                                                + " entity_id, grade), found 4",
                                        "search.tsv:7: column 4 (entity_id): 'ent-1' is judged twice for query 'q1'"
                                                + " (first on line 2)",
                                        "search.tsv:8: column 2 (query): query 'q1' was '脑电采集' on line 2, here '脑电'",
                                        "search.tsv:9: column 4 (entity_id): the entity id is empty",
                                        "search.tsv:9: column 5 (grade): the grade must be 0, 1, 2 or 3, was '4'"));
    }

    @Test
    void reportsAHeaderThatDoesNotNameTheColumns() {
        assertThatThrownBy(() -> Judgments.parse(List.of("query\tentity\tgrade", "q1\tent-1\t3"), "search.tsv"))
                .isInstanceOfSatisfying(
                        Judgments.InvalidJudgmentsException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("search.tsv:1: the header has no query_id column"));
        assertThatThrownBy(() -> Judgments.parse(List.of("qid\tquery\tdoc\tgrade", "q1\tEEG\tent-1\t3"), "search.tsv"))
                .hasMessageContaining("search.tsv:1: column 3: unknown header 'doc'")
                .hasMessageContaining("search.tsv:1: the header has no entity_id column");
        assertThatThrownBy(() -> Judgments.parse(List.of("q1\tEEG\t3"), "bare.tsv"))
                .hasMessageContaining("bare.tsv:1: expected 4 tab-separated columns (query_id, query, entity_id,"
                        + " grade) or 5 (query_id, query, type, entity_id, grade), found 3");
        assertThatThrownBy(() -> Judgments.parse(List.of("# only a comment", Judgments.HEADER), "empty.tsv"))
                .hasMessageContaining("empty.tsv: no judgments");
    }

    @Test
    void readsTheIssuesFourColumnsWithoutAHeaderAndInfersTheQueryTypes() {
        Judgments judgments = Judgments.parse(
                List.of(
                        "q1\t脑电采集\tent-1\t3",
                        "q1\t脑电采集\tent-2\t1.0",
                        "q2\tEEG headset\tprod-1\t2",
                        "q3\tEEG 头环\tprod-1\t2",
                        "q4\tkangfu jiqiren\tent-3\t3",
                        "q5\tyinhang\tent-4\t0",
                        "q6\tlong\tent-4\t1",
                        "q7\tnueromodulation\tent-5\t2"),
                "bare.tsv");
        assertThat(judgments.queries())
                .extracting(Judgments.JudgedQuery::id, Judgments.JudgedQuery::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("q1", "zh"),
                        org.assertj.core.groups.Tuple.tuple("q2", "en"),
                        org.assertj.core.groups.Tuple.tuple("q3", "mixed"),
                        org.assertj.core.groups.Tuple.tuple("q4", "pinyin"),
                        org.assertj.core.groups.Tuple.tuple("q5", "pinyin"),
                        org.assertj.core.groups.Tuple.tuple("q6", "en"),
                        org.assertj.core.groups.Tuple.tuple("q7", "en"));
        assertThat(judgments.queries().getFirst().grades())
                .containsExactly(Map.entry("ent-1", 3), Map.entry("ent-2", 1));
        assertThat(judgments.inferredTypes()).isEqualTo(7);
    }

    @Test
    void takesTheColumnsAHeaderNamesInItsOrder() {
        Judgments judgments = Judgments.parse(
                List.of(
                        "\uFEFFQID\tDocID\tRelevance\tQuery Text\tquery-type",
                        "q1\tent-1\t3\t柔性电级\tTypo",
                        "q2\tent-2\t2\t瑶湖医大\t",
                        "q3\tent-3\t1\tdry electrode\tEN"),
                "named.tsv");
        assertThat(judgments.queries())
                .extracting(Judgments.JudgedQuery::id, Judgments.JudgedQuery::text, Judgments.JudgedQuery::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("q1", "柔性电级", "misspelt"),
                        org.assertj.core.groups.Tuple.tuple("q2", "瑶湖医大", "zh"),
                        org.assertj.core.groups.Tuple.tuple("q3", "dry electrode", "en"));
        assertThat(judgments.queries().get(2).grades()).containsExactly(Map.entry("ent-3", 1));
        assertThat(judgments.inferredTypes()).isEqualTo(1);
    }

    @Test
    void escapesLuceneSyntaxForTheBaseline() {
        assertThat(FullTextBaseline.escape("EEG (headset) AND \"dry\" c++ a/b"))
                .isEqualTo("EEG \\(headset\\) and \\\"dry\\\" c\\+\\+ a\\/b");
        assertThat(FullTextBaseline.escape("BRAND NOTES")).isEqualTo("BRAND NOTES");
        assertThat(FullTextBaseline.escape("脑电采集")).isEqualTo("脑电采集");
    }
}

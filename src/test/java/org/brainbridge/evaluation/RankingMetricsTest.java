package org.brainbridge.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared ranking metrics on hand-made rankings, each number worked out in the comments. */
class RankingMetricsTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    // Judged: a 3, b 2, c 1, d 2 (d is never returned); x and y are unjudged (grade 0).
    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "d", 2);
    private static final List<String> RANKED = List.of("b", "x", "a", "y", "c");

    @Test
    void ndcgDiscountsByRankAndComparesWithTheIdealOfAllJudgedGrades() {
        // DCG = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4) + 0 + (2^1-1)/log2(6)
        double dcg = 3 + 7 / 2.0 + 1 / (Math.log(6) / Math.log(2));
        // Ideal: 3, 2, 2, 1 -> 7/1 + 3/log2(3) + 3/2 + 1/log2(5)
        double ideal = 7 + 3 / LOG2_3 + 3 / 2.0 + 1 / (Math.log(5) / Math.log(2));
        assertThat(RankingMetrics.ndcg(RANKED, GRADES, 10)).isCloseTo(dcg / ideal, within(1e-12));
        // At k = 1 only b (grade 2) counts, against the ideal's a (grade 3): 3 / 7.
        assertThat(RankingMetrics.ndcg(RANKED, GRADES, 1)).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "d", "c"), GRADES, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(List.of(), GRADES, 10)).isZero();
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("x", 0), 10)).isZero();
    }

    @Test
    void precisionCountsRelevantEntitiesInTheTopKOverK() {
        // Top 5 at grade >= 2: b and a -> 2/5; at grade >= 1 c too -> 3/5.
        assertThat(RankingMetrics.precision(RANKED, GRADES, 5, 2)).isEqualTo(2 / 5.0);
        assertThat(RankingMetrics.precision(RANKED, GRADES, 5, 1)).isEqualTo(3 / 5.0);
        // A ranking shorter than k is not excused: a alone out of 5.
        assertThat(RankingMetrics.precision(List.of("a"), GRADES, 5, 2)).isEqualTo(1 / 5.0);
        // A repeated id counts once.
        assertThat(RankingMetrics.precision(List.of("a", "a", "a"), GRADES, 2, 2))
                .isEqualTo(1 / 2.0);
    }

    @Test
    void reciprocalRankIsOneOverTheRankOfTheFirstRelevantEntity() {
        assertThat(RankingMetrics.reciprocalRank(RANKED, GRADES, 10, 2)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(RANKED, GRADES, 10, 3)).isEqualTo(1 / 3.0);
        // c (grade 1) is fifth: beyond a cut-off of 4 there is nothing.
        assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "z", "w", "c"), GRADES, 10, 1))
                .isEqualTo(1 / 5.0);
        assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "z", "w", "c"), GRADES, 4, 1))
                .isZero();
    }

    @Test
    void recallDividesByTheRelevantEntitiesThatFitInK() {
        assertThat(RankingMetrics.recall(RANKED, GRADES, 10, 2)).isEqualTo(2 / 3.0);
        assertThat(RankingMetrics.recall(RANKED, GRADES, 2, 2)).isEqualTo(1 / 2.0);
        assertThat(RankingMetrics.recall(RANKED, Map.of("a", 1), 10, 2)).isNaN();
    }
}

package org.brainbridge.search.evaluation;

import java.util.List;
import java.util.Map;
import org.brainbridge.evaluation.RankingMetrics;

/**
 * The search evaluation's metrics, nDCG@k and recall@k at a cut-off k (10 here), as {@link RankingMetrics} defines
 * them, and which grade counts as relevant for recall.
 */
final class Metrics {

    private Metrics() {}

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        return RankingMetrics.ndcg(ranked, grades, k);
    }

    static double recall(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        return RankingMetrics.recall(ranked, grades, k, threshold);
    }

    /**
     * Grade 2 counts as relevant for recall when every query has at least one entity graded 2 or 3 (so "relevant" means
     * clearly relevant); otherwise grade 1 does, so that no query is left without relevant entities.
     */
    static int recallThreshold(List<Judgments.JudgedQuery> queries) {
        return queries.stream().allMatch(q -> q.maxGrade() >= 2) ? 2 : 1;
    }
}

package org.brainbridge.search.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments. Unjudged entities have grade 0. Both are computed at a cut-off k (10 here).
 *
 * <ul>
 *   <li>nDCG@k: DCG = sum over ranks i = 1..k of (2^grade - 1) / log2(i + 1); divided by the DCG of the ideal ranking,
 *       built from all judged grades of the query (not only those the engine returned).
 *   <li>recall@k: relevant entities (grade at least the threshold) in the top k, divided by min(k, number relevant), so
 *       a query with more relevant entities than fit in k can still reach 1.
 * </ul>
 */
final class Metrics {

    private Metrics() {}

    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = dcg(grades.values().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .limit(k)
                .toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream()
                        .distinct()
                        .limit(k)
                        .map(id -> grades.getOrDefault(id, 0))
                        .toList())
                / ideal;
    }

    static double recall(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        long relevant = grades.values().stream().filter(g -> g >= threshold).count();
        if (relevant == 0) {
            return Double.NaN;
        }
        long found = ranked.stream()
                .distinct()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) >= threshold)
                .count();
        return (double) found / Math.min(k, relevant);
    }

    /**
     * Grade 2 counts as relevant for recall when every query has at least one entity graded 2 or 3 (so "relevant" means
     * clearly relevant); otherwise grade 1 does, so that no query is left without relevant entities.
     */
    static int recallThreshold(List<Judgments.JudgedQuery> queries) {
        return queries.stream().allMatch(q -> q.maxGrade() >= 2) ? 2 : 1;
    }

    private static double dcg(List<Integer> gradesInRankOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInRankOrder.size(); i++) {
            sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}

package org.brainbridge.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments (0-3). An entity nobody judged has grade 0. All are computed on the first
 * {@code k} distinct entities of a ranking.
 *
 * <ul>
 *   <li>nDCG@k: DCG = sum over ranks i = 1..k of (2^grade - 1) / log2(i + 1); divided by the DCG of the ideal ranking,
 *       built from all judged grades (not only those the engine returned). 0 when nothing is judged above 0.
 *   <li>recall@k: relevant entities (grade at least the threshold) in the top k, divided by min(k, number relevant), so
 *       that a query with more relevant entities than fit in k can still reach 1; NaN when none is relevant.
 *   <li>precision@k: relevant entities in the top k, divided by k (a ranking shorter than k is not excused).
 *   <li>reciprocal rank: 1 / the rank of the first relevant entity within the top k, 0 when there is none; its mean
 *       over queries is MRR@k.
 * </ul>
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = dcg(grades.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(k)
                .toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(top(ranked, k).stream().map(id -> grades.getOrDefault(id, 0)).toList()) / ideal;
    }

    public static double recall(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        long relevant = grades.values().stream().filter(g -> g >= threshold).count();
        if (relevant == 0) {
            return Double.NaN;
        }
        return (double) found(ranked, grades, k, threshold) / Math.min(k, relevant);
    }

    public static double precision(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        return (double) found(ranked, grades, k, threshold) / k;
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        List<String> top = top(ranked, k);
        for (int i = 0; i < top.size(); i++) {
            if (grades.getOrDefault(top.get(i), 0) >= threshold) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static long found(List<String> ranked, Map<String, Integer> grades, int k, int threshold) {
        return top(ranked, k).stream()
                .filter(id -> grades.getOrDefault(id, 0) >= threshold)
                .count();
    }

    private static List<String> top(List<String> ranked, int k) {
        return ranked.stream().distinct().limit(k).toList();
    }

    private static double dcg(List<Integer> gradesInRankOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInRankOrder.size(); i++) {
            sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}

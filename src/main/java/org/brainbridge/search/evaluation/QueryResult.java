package org.brainbridge.search.evaluation;

import java.util.List;

/** What both engines returned for one judged query, and its scores. */
record QueryResult(
        Judgments.JudgedQuery query, List<String> ours, List<String> baseline, Scores oursScores, Scores baseScores) {

    static QueryResult score(
            Judgments.JudgedQuery query, List<String> ours, List<String> baseline, int k, int threshold) {
        return new QueryResult(
                query, ours, baseline, Scores.of(ours, query, k, threshold), Scores.of(baseline, query, k, threshold));
    }

    /** nDCG@k and recall@k of one ranking. */
    record Scores(double ndcg, double recall) {

        static Scores of(List<String> ranked, Judgments.JudgedQuery query, int k, int threshold) {
            return new Scores(
                    Metrics.ndcg(ranked, query.grades(), k), Metrics.recall(ranked, query.grades(), k, threshold));
        }
    }
}

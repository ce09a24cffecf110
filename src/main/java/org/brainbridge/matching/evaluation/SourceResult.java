package org.brainbridge.matching.evaluation;

import java.util.List;
import java.util.Map;
import org.brainbridge.evaluation.RankingMetrics;
import org.brainbridge.graph.model.NodeKind;

/** What every engine proposed for one judged source, and its scores. */
record SourceResult(
        MatchJudgments.JudgedSource source,
        NodeKind kind,
        Map<Engine, List<String>> rankings,
        Map<Engine, Scores> scores) {

    /** precision@5, nDCG@10 and reciprocal rank (within the top 10) of one ranking. */
    record Scores(double precision, double ndcg, double reciprocalRank) {

        static Scores of(List<String> ranked, Map<String, Integer> grades, int threshold) {
            return new Scores(
                    RankingMetrics.precision(ranked, grades, MatchEvaluator.P_AT, threshold),
                    RankingMetrics.ndcg(ranked, grades, MatchEvaluator.K),
                    RankingMetrics.reciprocalRank(ranked, grades, MatchEvaluator.K, threshold));
        }
    }
}

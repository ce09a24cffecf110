package org.brainbridge.matching.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainbridge.evaluation.RankingMetrics;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.MatchFactor;
import org.brainbridge.matching.MatchingService;
import org.brainbridge.matching.MatchingService.ScoredCandidate;
import org.brainbridge.matching.Weights;
import org.brainbridge.support.InvalidArgumentException;

/**
 * Searches, per journey, the weights under which the judged targets rank best (mean nDCG@10), by coordinate ascent
 * over a grid from the configured weights. Each source's candidates and factor values are computed once; a weighting
 * is then only a re-sort, so thousands of weightings cost seconds. The re-sort is by score alone (the engine's
 * diversification is left out), so the evaluation proper must confirm the result. Run it on a tuning set: weights
 * tuned on the judgments they are measured with say nothing about other data.
 */
final class WeightTuning {

    private static final double[] GRID = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8};
    private static final int ROUNDS = 4;

    private final MatchingService matching;

    WeightTuning(MatchingService matching) {
        this.matching = matching;
    }

    /** The best weights found per journey, with the tuning set's nDCG@10 before and after. */
    record Tuned(
            Journey journey, int sources, double[] candidateRecall, double before, double after, Weights weights) {}

    record Result(List<Tuned> journeys) {

        String text() {
            StringBuilder out = new StringBuilder();
            out.append("Weights tuned on the judgments given (mean nDCG@%d by score alone, no diversification;"
                            .formatted(MatchEvaluator.K))
                    .append(
                            " candidate recall: the judged targets of grade 1, 2 and 3 that are among the candidates)\n");
            for (Tuned t : journeys) {
                out.append("%-12s sources %3d  candidate recall %.3f / %.3f / %.3f  nDCG %.3f -> %.3f%n"
                        .formatted(
                                t.journey().name().toLowerCase(Locale.ROOT),
                                t.sources(),
                                t.candidateRecall()[1],
                                t.candidateRecall()[2],
                                t.candidateRecall()[3],
                                t.before(),
                                t.after()));
            }
            out.append("\nAs configuration (application.yaml or --property):\n");
            for (Tuned t : journeys) {
                for (MatchFactor f : MatchFactor.values()) {
                    out.append("brainbridge.matching.weights.%s.%s=%s%n"
                            .formatted(
                                    t.journey().name().toLowerCase(Locale.ROOT),
                                    f.name().toLowerCase(Locale.ROOT),
                                    trim(t.weights().of(f))));
                }
            }
            return out.toString();
        }
    }

    private record Case(Map<String, Integer> grades, List<ScoredCandidate> candidates) {}

    Result tune(MatchJudgments judgments) {
        List<Tuned> out = new ArrayList<>();
        for (Journey journey : judgments.journeys()) {
            List<Case> cases = new ArrayList<>();
            long[] relevant = new long[4];
            long[] found = new long[4];
            for (MatchJudgments.JudgedSource s : judgments.sources()) {
                if (s.journey() != journey || s.maxGrade() < 1) {
                    continue;
                }
                try {
                    List<ScoredCandidate> candidates = matching.scoredCandidates(journey, s.sourceId());
                    cases.add(new Case(s.grades(), candidates));
                    java.util.Set<String> ids = new java.util.HashSet<>();
                    candidates.forEach(c -> ids.add(c.id()));
                    for (Map.Entry<String, Integer> g : s.grades().entrySet()) {
                        relevant[g.getValue()]++;
                        found[g.getValue()] += ids.contains(g.getKey()) ? 1 : 0;
                    }
                } catch (InvalidArgumentException e) {
                    System.err.println("Skipped " + s.sourceId() + ": " + e.getMessage());
                }
            }
            if (cases.isEmpty()) {
                continue;
            }
            Map<MatchFactor, Double> w = new EnumMap<>(MatchFactor.class);
            Weights configured = matching.configuredWeights(journey);
            for (MatchFactor f : MatchFactor.values()) {
                w.put(f, configured.of(f));
            }
            double before = ndcg(cases, w);
            double best = before;
            for (int round = 0; round < ROUNDS; round++) {
                boolean improved = false;
                for (MatchFactor f : MatchFactor.values()) {
                    double keep = w.get(f);
                    double bestValue = keep;
                    for (double v : GRID) {
                        w.put(f, v);
                        if (w.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                            continue;
                        }
                        double score = ndcg(cases, w);
                        if (score > best + 1e-9) {
                            best = score;
                            bestValue = v;
                            improved = true;
                        }
                    }
                    w.put(f, bestValue);
                }
                if (!improved) {
                    break;
                }
            }
            out.add(new Tuned(
                    journey,
                    cases.size(),
                    recall(found, relevant),
                    before,
                    best,
                    new Weights(
                            w.get(MatchFactor.TECHNOLOGY),
                            w.get(MatchFactor.SCENARIO),
                            w.get(MatchFactor.CHAIN),
                            w.get(MatchFactor.PROFILE),
                            w.get(MatchFactor.TEXT),
                            w.get(MatchFactor.GRAPH),
                            w.get(MatchFactor.POLICY))));
        }
        return new Result(out);
    }

    private static double[] recall(long[] found, long[] relevant) {
        double[] out = new double[4];
        for (int g = 0; g < 4; g++) {
            out[g] = relevant[g] == 0 ? Double.NaN : (double) found[g] / relevant[g];
        }
        return out;
    }

    private static double ndcg(List<Case> cases, Map<MatchFactor, Double> w) {
        double sum = 0;
        for (Case c : cases) {
            Map<String, Double> score = new LinkedHashMap<>();
            for (ScoredCandidate candidate : c.candidates()) {
                double s = 0;
                for (Map.Entry<MatchFactor, Double> e : candidate.values().entrySet()) {
                    s += w.getOrDefault(e.getKey(), 0.0) * e.getValue();
                }
                score.put(candidate.id(), s);
            }
            List<String> ranked = score.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(MatchEvaluator.K)
                    .map(Map.Entry::getKey)
                    .toList();
            sum += RankingMetrics.ndcg(ranked, c.grades(), MatchEvaluator.K);
        }
        return sum / cases.size();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

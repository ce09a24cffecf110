package org.brainbridge.matching;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matchmaking settings: the default weights of each journey, how many candidates each request may consider, and how
 * strongly the ranking spreads over different organisations, technologies and places.
 *
 * @param weights factor weights per journey ({@code brainbridge.matching.weights.investor.technology=3} …), replacing
 *     the built-in ones factor by factor
 * @param candidates at most this many candidates are scored per request (graph sources and text together)
 * @param perSource at most this many candidates are taken from one technology, scenario or partner
 * @param textCandidates how many of the candidates come from text similarity (Lucene)
 * @param diversity the weight λ of redundancy in the re-ranking (0: pure score order)
 * @param profileCacheSize how many candidates' profiles are kept in memory (0: none; see {@code ProfileCache})
 * @param candidateSourceCacheSize how many technologies', scenarios' and partners' lists of candidates are kept in
 *     memory (0: none; see {@code CandidateSources})
 * @param changePollInterval how often the change log is read for other instances' writes that make kept profiles and
 *     lists stale
 */
@ConfigurationProperties("brainbridge.matching")
public record MatchingProperties(
        @DefaultValue JourneyWeights weights,
        @DefaultValue("150") int candidates,
        @DefaultValue("30") int perSource,
        @DefaultValue("50") int textCandidates,
        @DefaultValue("0.25") double diversity,
        @DefaultValue("20000") int profileCacheSize,
        @DefaultValue("20000") int candidateSourceCacheSize,
        @DefaultValue("250ms") java.time.Duration changePollInterval) {

    /**
     * Weights per journey, by factor name ({@code technology}, {@code scenario}, {@code chain}, {@code profile},
     * {@code text}, {@code graph}, {@code policy}); a factor left out keeps its built-in weight.
     */
    public record JourneyWeights(
            Map<String, Double> investor,
            Map<String, Double> partner,
            Map<String, Double> institution,
            Map<String, Double> candidate,
            Map<String, Double> position,
            Map<String, Double> similar) {

        // Tuned on the generator's planted tuning cases (bench/match-eval.sh --tune), then moderated towards the
        // first guesses: the search's optimum leans on profile alone, which other judges may not share.
        private static final Map<Journey, Weights> BUILT_IN = Map.of(
                Journey.INVESTOR, new Weights(3, 1.5, 1, 4, 1, 0.5, 0.5),
                Journey.PARTNER, new Weights(2.5, 1, 2, 1.2, 2, 1, 0.5),
                Journey.INSTITUTION, new Weights(1.5, 1.5, 1.5, 2, 1, 0.5, 0.5),
                Journey.CANDIDATE, new Weights(3, 0.5, 0.5, 4, 1, 0.5, 0),
                Journey.POSITION, new Weights(3, 0.5, 0.5, 4, 1, 0.5, 0),
                Journey.SIMILAR, new Weights(4, 1.5, 1, 3, 2, 1, 0.3));

        public JourneyWeights {
            // Fail at start-up, naming the property, rather than on the first request.
            for (Journey journey : Journey.values()) {
                Map<String, Double> configured =
                        configured(journey, investor, partner, institution, candidate, position, similar);
                try {
                    BUILT_IN.get(journey).with(configured).checked();
                } catch (org.brainbridge.support.InvalidArgumentException e) {
                    throw new IllegalArgumentException("brainbridge.matching.weights."
                            + journey.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
                }
            }
        }

        /** The configured weights of a journey: the built-in ones with the configuration's replacements. */
        Weights of(Journey journey) {
            return BUILT_IN.get(journey)
                    .with(configured(journey, investor, partner, institution, candidate, position, similar));
        }

        private static Map<String, Double> configured(
                Journey journey,
                Map<String, Double> investor,
                Map<String, Double> partner,
                Map<String, Double> institution,
                Map<String, Double> candidate,
                Map<String, Double> position,
                Map<String, Double> similar) {
            Map<String, Double> map = switch (journey) {
                case INVESTOR -> investor;
                case PARTNER -> partner;
                case INSTITUTION -> institution;
                case CANDIDATE -> candidate;
                case POSITION -> position;
                case SIMILAR -> similar;
            };
            return map == null ? Map.of() : map;
        }
    }
}

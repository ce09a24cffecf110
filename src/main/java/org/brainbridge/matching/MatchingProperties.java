package org.brainbridge.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Matchmaking settings: the default weights of each journey, how many candidates each request may consider, and how
 * strongly the ranking spreads over different organisations, technologies and places.
 *
 * @param weights default factor weights per journey ({@code brainbridge.matching.weights.investor.technology} …)
 * @param candidates at most this many candidates are scored per request (graph sources and text together)
 * @param perSource at most this many candidates are taken from one technology, scenario or partner
 * @param textCandidates how many of the candidates come from text similarity (Lucene)
 * @param diversity the weight λ of redundancy in the re-ranking (0: pure score order)
 */
@ConfigurationProperties("brainbridge.matching")
public record MatchingProperties(
        @DefaultValue JourneyWeights weights,
        @DefaultValue("200") int candidates,
        @DefaultValue("40") int perSource,
        @DefaultValue("60") int textCandidates,
        @DefaultValue("0.25") double diversity) {

    /** The default weights of each journey; a journey left out of the configuration keeps the built-in ones. */
    public record JourneyWeights(
            Weights investor,
            Weights partner,
            Weights institution,
            Weights candidate,
            Weights position,
            Weights similar) {

        public JourneyWeights {
            investor = investor == null ? new Weights(3, 2, 1.5, 2, 2, 1, 0.5) : investor.checked();
            partner = partner == null ? new Weights(3, 2, 1.5, 0.8, 2, 1, 0.7) : partner.checked();
            institution = institution == null ? new Weights(3, 2, 1.5, 0.8, 2, 1, 0.7) : institution.checked();
            candidate = candidate == null ? new Weights(4, 0.5, 0.5, 2, 2, 0.5, 0) : candidate.checked();
            position = position == null ? new Weights(4, 0.5, 0.5, 2, 2, 0.5, 0) : position.checked();
            similar = similar == null ? new Weights(3, 2, 1, 1, 3, 1, 0.3) : similar.checked();
        }

        Weights of(Journey journey) {
            return switch (journey) {
                case INVESTOR -> investor;
                case PARTNER -> partner;
                case INSTITUTION -> institution;
                case CANDIDATE -> candidate;
                case POSITION -> position;
                case SIMILAR -> similar;
            };
        }
    }
}

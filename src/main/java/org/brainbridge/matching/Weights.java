package org.brainbridge.matching;

import java.util.EnumMap;
import java.util.Map;
import org.brainbridge.support.InvalidArgumentException;

/**
 * The weight of each factor. Configured per journey ({@code brainbridge.matching.weights.<journey>.*}), overridable
 * per request; scores use them normalised to sum to 1, so that factor contributions add up to a score in 0..1.
 */
public record Weights(
        double technology, double scenario, double chain, double profile, double text, double graph, double policy) {

    static final double MAX = 100;

    public double of(MatchFactor factor) {
        return switch (factor) {
            case TECHNOLOGY -> technology;
            case SCENARIO -> scenario;
            case CHAIN -> chain;
            case PROFILE -> profile;
            case TEXT -> text;
            case GRAPH -> graph;
            case POLICY -> policy;
        };
    }

    /** Only text similarity: the baseline the hybrid score is measured against. */
    public static Weights textOnly() {
        return new Weights(0, 0, 0, 0, 1, 0, 0);
    }

    /** These weights with the given ones replaced (null values keep the current weight). */
    public Weights with(Map<String, ?> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        Map<MatchFactor, Double> values = new EnumMap<>(MatchFactor.class);
        for (MatchFactor factor : MatchFactor.values()) {
            values.put(factor, of(factor));
        }
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            MatchFactor factor = java.util.Arrays.stream(MatchFactor.values())
                    .filter(f -> f.name().equalsIgnoreCase(e.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidArgumentException(
                            "weights." + e.getKey(), "Unknown matching factor '%s'".formatted(e.getKey())));
            if (e.getValue() instanceof Number n) {
                values.put(factor, n.doubleValue());
            } else if (e.getValue() != null) {
                throw new InvalidArgumentException("weights." + e.getKey(), "A weight must be a number");
            }
        }
        return new Weights(
                        values.get(MatchFactor.TECHNOLOGY),
                        values.get(MatchFactor.SCENARIO),
                        values.get(MatchFactor.CHAIN),
                        values.get(MatchFactor.PROFILE),
                        values.get(MatchFactor.TEXT),
                        values.get(MatchFactor.GRAPH),
                        values.get(MatchFactor.POLICY))
                .checked();
    }

    /** Each weight 0 to 100, at least one above 0. */
    Weights checked() {
        double sum = 0;
        for (MatchFactor factor : MatchFactor.values()) {
            double w = of(factor);
            if (!(w >= 0 && w <= MAX)) {
                throw new InvalidArgumentException(
                        "weights." + factor.name().toLowerCase(java.util.Locale.ROOT),
                        "Weight '%s' must be between 0 and %.0f, was %s"
                                .formatted(factor.name().toLowerCase(java.util.Locale.ROOT), MAX, w));
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new InvalidArgumentException("weights", "At least one weight must be above 0");
        }
        return this;
    }

    /** The same proportions, summing to 1. */
    Weights normalised() {
        double sum = technology + scenario + chain + profile + text + graph + policy;
        return new Weights(
                technology / sum, scenario / sum, chain / sum, profile / sum, text / sum, graph / sum, policy / sum);
    }
}

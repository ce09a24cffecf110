package org.brainbridge.generator;

/** A weighted choice among codes, parsed once from "code:weight" pairs ({@code Choice.of("open:55", "closed:15")}). */
final class Choice {

    private final String[] codes;
    private final double[] cumulative;

    private Choice(String[] codes, double[] cumulative) {
        this.codes = codes;
        this.cumulative = cumulative;
    }

    static Choice of(String... weightedCodes) {
        String[] codes = new String[weightedCodes.length];
        double[] weights = new double[weightedCodes.length];
        for (int i = 0; i < weightedCodes.length; i++) {
            int colon = weightedCodes[i].indexOf(':');
            codes[i] = weightedCodes[i].substring(0, colon);
            weights[i] = Double.parseDouble(weightedCodes[i].substring(colon + 1));
        }
        return new Choice(codes, Rand.cumulative(weights));
    }

    String draw(Rand rand) {
        return codes[rand.weighted(cumulative)];
    }
}

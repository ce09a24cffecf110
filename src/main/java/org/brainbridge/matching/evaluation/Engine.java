package org.brainbridge.matching.evaluation;

/** What proposes the rankings being compared: our engine and the three baselines, in report order. */
enum Engine {
    OURS("ours"),
    TEXT("text-only"),
    MOST_CONNECTED("most-connected"),
    RANDOM("random");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

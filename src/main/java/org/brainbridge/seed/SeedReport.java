package org.brainbridge.seed;

/** The schema's {@code SeedReport}. */
record SeedReport(
        String location,
        int nodes,
        int relationships,
        int skippedIllustrative,
        int files,
        double lastSequence,
        long durationMs) {}

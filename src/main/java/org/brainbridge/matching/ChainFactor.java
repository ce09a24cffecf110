package org.brainbridge.matching;

import java.util.List;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Match.MatchPath;

/**
 * The chain factor: how the two actors' industry-chain segments relate for the journey (a partner one tier up or
 * down the chain is worth most; an investor looks for the same segment or its part), the best pair of segments counting.
 */
final class ChainFactor {

    private static final Map<String, Integer> TIERS = Map.of("upstream", 0, "midstream", 1, "downstream", 2);

    private final Journey journey;
    private final Profile source;
    private final boolean explain;

    ChainFactor(Journey journey, Profile source, boolean explain) {
        this.journey = journey;
        this.source = source;
        this.explain = explain;
    }

    /** How well one segment fits another (0..1) and the name of the step between them, if any. */
    private record SegmentFit(double value, String step) {}

    /** How two chain segments relate for this journey (see docs/matching.md). */
    private SegmentFit segmentFit(Profile.Segment a, Profile.Segment b) {
        boolean same = a.id().equals(b.id());
        boolean family = (a.parent() != null && a.parent().equals(b.parent()))
                || a.id().equals(b.parent())
                || b.id().equals(a.parent());
        Integer ta = a.tier() == null ? null : TIERS.get(a.tier());
        Integer tb = b.tier() == null ? null : TIERS.get(b.tier());
        int diff = ta == null || tb == null ? -1 : tb - ta;
        return switch (journey) {
            case PARTNER, INSTITUTION -> {
                if (Math.abs(diff) == 1) {
                    yield new SegmentFit(1.0, diff > 0 ? "~UPSTREAM_OF" : "~DOWNSTREAM_OF");
                }
                if (same) {
                    yield new SegmentFit(0.5, null);
                }
                if (family) {
                    yield new SegmentFit(0.5, "~SAME_TIER");
                }
                yield Math.abs(diff) == 2
                        ? new SegmentFit(0.3, diff > 0 ? "~UPSTREAM_OF" : "~DOWNSTREAM_OF")
                        : new SegmentFit(0.0, null);
            }
            case INVESTOR ->
                same
                        ? new SegmentFit(1.0, null)
                        : a.id().equals(b.parent()) || b.id().equals(a.parent())
                                ? new SegmentFit(0.6, "~PART_OF")
                                : family ? new SegmentFit(0.4, "~SAME_TIER") : new SegmentFit(0.0, null);
            default ->
                same
                        ? new SegmentFit(1.0, null)
                        : family ? new SegmentFit(0.5, "~SAME_TIER") : new SegmentFit(0.0, null);
        };
    }

    /** The chain factor of a candidate (into {@code values}), with the path and words that explain it. */
    void score(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        double best = 0;
        Profile.Segment[] pair = null;
        String step = null;
        for (Profile.Segment a : source.segments()) {
            for (Profile.Segment b : c.segments()) {
                SegmentFit fit = segmentFit(a, b);
                double v = fit.value();
                if (v > best) {
                    best = v;
                    pair = new Profile.Segment[] {a, b};
                    step = fit.step();
                }
            }
        }
        values.put(MatchFactor.CHAIN, best);
        if (pair == null || !explain) {
            return;
        }
        paths.put(
                MatchFactor.CHAIN,
                List.of(PathSteps.meeting(
                        source,
                        c,
                        NodeKind.CHAIN_SEGMENT,
                        pair[0],
                        pair[1],
                        step == null ? "~RELATED" : step,
                        MatchFactor.CHAIN)));
        details.put(MatchFactor.CHAIN, new String[] {
            pair[0].name().equals(pair[1].name()) ? pair[0].name() : pair[0].name() + "→" + pair[1].name(),
            pair[0].nameEn().equals(pair[1].nameEn()) ? pair[0].nameEn() : pair[0].nameEn() + " → " + pair[1].nameEn()
        });
    }
}

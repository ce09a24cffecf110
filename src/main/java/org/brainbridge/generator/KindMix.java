package org.brainbridge.generator;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;

/**
 * How many nodes of each kind a run of N nodes writes. Technologies first: a generated taxonomy of about
 * 300 * sqrt(N / 10,000) terms (300 at 10k, ~950 at 100k, 3,000 at 1M). The rest is split by the shares below,
 * which are relative weights (they add up to 94.5, so talent is 42.3 % of the non-technology nodes, enterprises
 * 12.7 %, and so on); rounding leftovers go to talent. The counts add up to N exactly.
 */
final class KindMix {

    /** Relative weights of the actor and artefact kinds, largest first. */
    static final Map<NodeKind, Double> SHARES = shares();

    private final Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);

    KindMix(int nodes) {
        int techs = technologies(nodes);
        int rest = nodes - techs;
        double total = SHARES.values().stream().mapToDouble(Double::doubleValue).sum();
        int assigned = 0;
        for (var share : SHARES.entrySet()) {
            int n = Math.max(1, (int) Math.floor(rest * share.getValue() / total));
            counts.put(share.getKey(), n);
            assigned += n;
        }
        counts.merge(NodeKind.TALENT, rest - assigned, Integer::sum);
        counts.put(NodeKind.TECHNOLOGY, techs);
    }

    static int technologies(int nodes) {
        return (int) Math.round(300 * Math.sqrt(nodes / 10_000.0));
    }

    /** The taxonomy came out smaller than asked (it ran out of new names): talent takes up the difference. */
    void technologiesWritten(int actual) {
        counts.merge(NodeKind.TALENT, count(NodeKind.TECHNOLOGY) - actual, Integer::sum);
        counts.put(NodeKind.TECHNOLOGY, actual);
    }

    int count(NodeKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    private static Map<NodeKind, Double> shares() {
        Map<NodeKind, Double> m = new LinkedHashMap<>();
        m.put(NodeKind.TALENT, 40.0);
        m.put(NodeKind.ENTERPRISE, 12.0);
        m.put(NodeKind.PATENT, 12.0);
        m.put(NodeKind.PROJECT, 10.0);
        m.put(NodeKind.PRODUCT, 8.0);
        m.put(NodeKind.POSITION, 6.0);
        m.put(NodeKind.INSTITUTION, 3.0);
        m.put(NodeKind.INVESTOR, 1.5);
        m.put(NodeKind.DATASET, 1.0);
        m.put(NodeKind.SCENARIO, 1.0);
        return java.util.Collections.unmodifiableMap(m);
    }
}

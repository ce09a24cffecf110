package org.brainbridge.matching;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;

/**
 * One proposed match: the node, its rank after diversification, its score (the sum of the factor contributions),
 * each factor's part, the evidence (graph paths and shared words), gaps (positions and talent only) and a one-line
 * reason in Chinese and English.
 */
public record Match(
        String id,
        NodeKind kind,
        int rank,
        double score,
        List<FactorContribution> factors,
        List<MatchPath> paths,
        List<String> matchedTerms,
        List<MatchGap> gaps,
        String reasonZh,
        String reasonEn) {

    /** One factor's part: its value 0..1, its normalised weight, value × weight, and whether it is inferred. */
    public record FactorContribution(
            MatchFactor factor, double value, double weight, double contribution, boolean inferred) {}

    /** A node on an evidence path: a person is shown by headline, never by name. */
    public record PathNode(String id, NodeKind kind, String name) {}

    /** A graph path supporting a factor: nodes in order, the relationship types between them. */
    public record MatchPath(MatchFactor factor, List<PathNode> nodes, List<String> relationships, boolean inferred) {}

    /** Something missing between a position and a talent. */
    public record MatchGap(
            String kind,
            String technologyId,
            String labelZh,
            String labelEn,
            boolean mandatory,
            boolean partlyCovered) {}

    /**
     * By node and rank only (equality stays the record's): matches key the batch loading of their nodes, and hashing
     * every path, factor and word of each cost more than the loading itself.
     */
    @Override
    public int hashCode() {
        return 31 * id.hashCode() + rank;
    }

    /** The contribution of one factor (0 when absent). */
    public double contribution(MatchFactor factor) {
        return factors.stream()
                .filter(f -> f.factor() == factor)
                .mapToDouble(FactorContribution::contribution)
                .sum();
    }
}

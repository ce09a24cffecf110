package org.brainbridge.catalog;

import java.util.List;
import org.brainbridge.graph.GraphNode;

/** The schema's {@code Stats}. */
record Stats(
        int totalNodes,
        int totalRelationships,
        List<KindCount> byKind,
        List<RegionCount> byRegion,
        List<SegmentCount> byChainSegment) {

    record KindCount(String kind, String labelZh, String labelEn, int count) {}

    record RegionCount(GraphNode region, int count, int enterprises) {}

    record SegmentCount(GraphNode segment, String tier, String parentId, int enterprises, int products) {}
}

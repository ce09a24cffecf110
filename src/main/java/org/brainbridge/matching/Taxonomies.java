package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.ChangeRecord;
import org.brainbridge.graph.model.NodeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The small, slowly changing part of the graph every match reads: the technology taxonomy (broader terms, chain
 * segments), scenarios and their domains, chain segments (tier, parent), regions (parents) and the policy measures
 * (the scenarios they address, the regions they apply in). A few thousand nodes even at a million, so they are held
 * in memory and the per-candidate Cypher reads ids only: walking {@code BROADER*1..3} and {@code PART_OF*1..3} and
 * pairing every scenario with every measure for each of a request's two hundred candidates was most of a request's
 * database time.
 *
 * <p>Always current: every request reads the change log's sequence with the source (no extra round trip) and
 * {@link #at} brings the snapshot up to it. Changes that touch none of these kinds only move the snapshot's
 * sequence on; others reload it (one statement).
 */
@Component
class Taxonomies {

    private static final Logger log = LoggerFactory.getLogger(Taxonomies.class);

    /** Change-log kinds (labels and relationship types) that can change a snapshot. */
    private static final Set<String> KINDS = Set.of(
            "Technology",
            "Scenario",
            "ChainSegment",
            "Region",
            "Measure",
            "BROADER",
            "PART_OF",
            "ADDRESSES",
            "APPLIES_IN");

    /** More changes than this since the snapshot: reload rather than read them. */
    private static final int MAX_CHANGES = 500;

    private final MatchingRepository repository;
    private final ChangeLog changeLog;
    private volatile Snapshot snapshot;

    Taxonomies(MatchingRepository repository, ChangeLog changeLog) {
        this.repository = repository;
        this.changeLog = changeLog;
    }

    /** Whether nodes of this kind are held here (their names never need reading from the graph). */
    static boolean holds(NodeKind kind) {
        return switch (kind) {
            case TECHNOLOGY, SCENARIO, CHAIN_SEGMENT, REGION, MEASURE -> true;
            default -> false;
        };
    }

    /**
     * The snapshot as last brought up to date (by a request that read the change log's sequence), loaded now if there
     * is none yet.
     */
    Snapshot current() {
        Snapshot current = snapshot;
        return current != null ? current : at(0);
    }

    /** The snapshot as of the given change-log sequence (or later). */
    Snapshot at(long sequence) {
        Snapshot current = snapshot;
        if (current != null && current.sequence() >= sequence) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && current.sequence() >= sequence) {
                return current;
            }
            if (current != null && !touched(current.sequence(), sequence)) {
                current = current.movedTo(sequence);
            } else {
                current = repository.taxonomies();
                log.debug("Matching taxonomies loaded at change {}", current.sequence());
            }
            snapshot = current;
            return current;
        }
    }

    /** Whether a change between the two sequences may touch a snapshot (unknown counts as touched). */
    private boolean touched(long from, long to) {
        if (to - from > MAX_CHANGES) {
            return true;
        }
        for (ChangeRecord record : changeLog.after(from, MAX_CHANGES)) {
            if (record.sequence() > to) {
                break;
            }
            if (KINDS.contains(record.kind())) {
                return true;
            }
            // A technology's chain segments (IN_SEGMENT), or a deletion of a term: the nodes named tell. Other
            // relationship batches (an enterprise's DEVELOPS) name terms without changing them.
            boolean mayTouch = record.kind().equals("IN_SEGMENT")
                    || record.operation().equals(org.brainbridge.graph.GraphChanged.DELETE_NODES);
            if (mayTouch) {
                for (String id : record.ids()) {
                    if (NodeKind.byId(id).map(Taxonomies::holds).orElse(false)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A technology: names, broader terms (one step), chain segments. */
    record Tech(String id, String name, String nameEn, List<String> broader, List<String> segments) {}

    record Scenario(String id, String name, String nameEn, String domain) {}

    record Segment(String id, String name, String nameEn, String tier, String parent) {}

    record Region(String id, String name, String nameEn, List<String> parents) {}

    /** A measure with the scenarios it addresses and the regions it applies in. */
    record Measure(String id, String name, String nameEn, List<String> addresses, List<String> appliesIn) {}

    /** The taxonomies at one change-log sequence, with the derived ancestor lists matching compares by. */
    static final class Snapshot {
        private final long sequence;
        private final Map<String, Tech> techs;
        private final Map<String, Scenario> scenarios;
        private final Map<String, Segment> segments;
        private final Map<String, Region> regions;
        private final List<Measure> measures;
        private final Map<String, Map<String, Integer>> techUp;
        private final Map<String, List<String>> techNarrower;
        private final Map<String, List<String>> regionUp;
        private final long loadedAt;

        Snapshot(
                long sequence,
                List<Tech> techs,
                List<Scenario> scenarios,
                List<Segment> segments,
                List<Region> regions,
                List<Measure> measures) {
            this.sequence = sequence;
            this.loadedAt = sequence;
            this.techUp = new HashMap<>();
            this.techNarrower = new HashMap<>();
            this.regionUp = new HashMap<>();
            this.techs = byId(techs, Tech::id);
            this.scenarios = byId(scenarios, Scenario::id);
            this.segments = byId(segments, Segment::id);
            this.regions = byId(regions, Region::id);
            this.measures = measures.stream()
                    .sorted(java.util.Comparator.comparing(Measure::id))
                    .toList();
            for (Tech t : techs) {
                Map<String, Integer> up = new HashMap<>();
                broader(t.id(), 1, up);
                techUp.put(t.id(), Map.copyOf(up));
                t.broader().stream()
                        .filter(this.techs::containsKey)
                        .distinct()
                        .forEach(parent -> techNarrower
                                .computeIfAbsent(parent, k -> new ArrayList<>())
                                .add(t.id()));
            }
            for (Region r : regions) {
                List<String> up = new ArrayList<>();
                ancestors(r.id(), 1, up);
                regionUp.put(r.id(), List.copyOf(up));
            }
        }

        private Snapshot(Snapshot from, long sequence) {
            this.sequence = sequence;
            this.techs = from.techs;
            this.scenarios = from.scenarios;
            this.segments = from.segments;
            this.regions = from.regions;
            this.measures = from.measures;
            this.techUp = from.techUp;
            this.techNarrower = from.techNarrower;
            this.regionUp = from.regionUp;
            this.loadedAt = from.loadedAt;
        }

        Snapshot movedTo(long sequence) {
            return new Snapshot(this, sequence);
        }

        long sequence() {
            return sequence;
        }

        /**
         * The sequence this snapshot's content was read at: a later snapshot with the same value holds the same
         * taxonomies (only moved on past changes that did not touch them); profiles built on it are still true.
         */
        long loadedAt() {
            return loadedAt;
        }

        /** Every broader technology up to three steps, at its shortest distance ({@code BROADER*1..3}). */
        private void broader(String id, int depth, Map<String, Integer> up) {
            Tech t = techs.get(id);
            if (t == null || depth > 3) {
                return;
            }
            for (String parent : t.broader()) {
                if (techs.containsKey(parent)) {
                    up.merge(parent, depth, Math::min);
                    broader(parent, depth + 1, up);
                }
            }
        }

        /** One entry per {@code PART_OF*1..3} path to a region, as the pattern comprehension listed them. */
        private void ancestors(String id, int depth, List<String> up) {
            Region r = regions.get(id);
            if (r == null || depth > 3) {
                return;
            }
            for (String parent : r.parents()) {
                if (regions.containsKey(parent)) {
                    up.add(parent);
                    ancestors(parent, depth + 1, up);
                }
            }
        }

        Tech tech(String id) {
            return techs.get(id);
        }

        Map<String, Integer> techUp(String id) {
            return techUp.getOrDefault(id, Map.of());
        }

        /** The technology and its narrower terms down to {@code steps} steps ({@code BROADER*0..steps}, reversed). */
        Set<String> techDown(String id, int steps) {
            Set<String> down = new java.util.LinkedHashSet<>();
            down.add(id);
            List<String> level = List.of(id);
            for (int step = 0; step < steps && !level.isEmpty(); step++) {
                List<String> next = new ArrayList<>();
                for (String t : level) {
                    for (String child : techNarrower.getOrDefault(t, List.of())) {
                        if (down.add(child)) {
                            next.add(child);
                        }
                    }
                }
                level = next;
            }
            return down;
        }

        Scenario scenario(String id) {
            return scenarios.get(id);
        }

        Segment segment(String id) {
            return segments.get(id);
        }

        Region region(String id) {
            return regions.get(id);
        }

        List<String> regionUp(String id) {
            return regionUp.getOrDefault(id, List.of());
        }

        List<Measure> measures() {
            return measures;
        }

        private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
            Map<String, T> map = new HashMap<>();
            items.forEach(i -> map.put(id.apply(i), i));
            return map;
        }
    }
}

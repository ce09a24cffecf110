package org.brainbridge.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region, technology and chain-segment trees, held in memory while documents are built: a node's filter values
 * are its direct links plus all their ancestors, and for regions also the zones that overlap any of them.
 */
final class Trees {

    private final Map<String, List<String>> parents = new HashMap<>();
    private final Map<String, List<String>> zonesOver = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<String>> allNames = new HashMap<>();

    void add(String id, String name, List<String> otherNames, List<String> parentIds, List<String> overlaps) {
        parents.put(id, parentIds);
        if (name != null) {
            names.put(id, name);
        }
        List<String> all = new ArrayList<>();
        if (name != null) {
            all.add(name);
        }
        all.addAll(otherNames);
        allNames.put(id, List.copyOf(all));
        overlaps.forEach(region ->
                zonesOver.computeIfAbsent(region, r -> new ArrayList<>()).add(id));
    }

    /** The ids with all their ancestors (a bounded walk: trees are shallow, and a cycle in bad data stops it). */
    List<String> withAncestors(List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty() && seen.size() < 1_000) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(parents.getOrDefault(id, List.of()));
            }
        }
        return List.copyOf(seen);
    }

    /** Regions with their ancestors and the zones overlapping any of them. */
    List<String> regionsWithAncestorsAndZones(List<String> ids) {
        Set<String> regions = new LinkedHashSet<>(withAncestors(ids));
        for (String region : List.copyOf(regions)) {
            regions.addAll(zonesOver.getOrDefault(region, List.of()));
        }
        return List.copyOf(regions);
    }

    /** The name, English name and aliases of a tree node; empty for an id not in the trees. */
    List<String> names(String id) {
        return allNames.getOrDefault(id, List.of());
    }

    String name(String id) {
        return names.get(id);
    }
}

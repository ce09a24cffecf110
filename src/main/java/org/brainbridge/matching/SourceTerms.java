package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source's technologies indexed by what can make another term fit them: {@link Proximity#fit} and {@link Proximity#closeness}
 * are 0 unless the two terms are the same, one is broader than the other, or they share a direct broader term.
 */
final class SourceTerms {

    private final Map<String, List<Integer>> byId = new HashMap<>();
    private final Map<String, List<Integer>> byBroader = new HashMap<>();
    private final Map<String, List<Integer>> byParent = new HashMap<>();

    SourceTerms(List<Profile.Tech> techs) {
        for (int i = 0; i < techs.size(); i++) {
            Profile.Tech t = techs.get(i);
            byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(i);
            for (Map.Entry<String, Integer> up : t.up().entrySet()) {
                byBroader.computeIfAbsent(up.getKey(), k -> new ArrayList<>()).add(i);
                if (up.getValue() == 1) {
                    byParent.computeIfAbsent(up.getKey(), k -> new ArrayList<>())
                            .add(i);
                }
            }
        }
    }

    /** The positions of the source's terms that may fit {@code t}, each once. */
    java.util.BitSet related(Profile.Tech t) {
        java.util.BitSet found = new java.util.BitSet();
        add(found, byId.get(t.id()));
        add(found, byBroader.get(t.id()));
        for (Map.Entry<String, Integer> up : t.up().entrySet()) {
            add(found, byId.get(up.getKey()));
            if (up.getValue() == 1) {
                add(found, byParent.get(up.getKey()));
            }
        }
        return found;
    }

    private static void add(java.util.BitSet found, List<Integer> positions) {
        if (positions != null) {
            positions.forEach(found::set);
        }
    }
}

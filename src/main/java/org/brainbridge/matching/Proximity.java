package org.brainbridge.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How near two actors' terms are in the trees: technologies in the taxonomy (closeness, and fit where one side is an
 * area), regions in the region tree. Pure functions of the two sides, so docs/matching.md can state each formula.
 */
final class Proximity {

    /** How close two technologies are in the taxonomy: the same 1, broader or narrower by d steps 0.5^d, siblings 0.25. */
    static double closeness(Profile.Tech a, Profile.Tech b) {
        if (a.id().equals(b.id())) {
            return 1;
        }
        Integer up = a.up().get(b.id());
        Integer down = b.up().get(a.id());
        int d = Math.min(up == null ? 99 : up, down == null ? 99 : down);
        if (d <= 3) {
            return Math.pow(0.5, d);
        }
        for (Map.Entry<String, Integer> e : a.up().entrySet()) {
            if (e.getValue() == 1 && Integer.valueOf(1).equals(b.up().get(e.getKey()))) {
                return 0.25;
            }
        }
        return 0;
    }

    /** How much a technology counts by how it was reached: stated 1, through a product or patent 0.8, a skill 0.5. */
    static double weight(Profile.Tech t) {
        // A technology reached through a product, patent or data set counts a little less than one stated; one of its
        // people's skills less again: a large institution's staff know a bit of everything, which says little about
        // what the institution itself offers, and would otherwise favour the big ones.
        if (t.via() == null) {
            return 1.0;
        }
        return "WORKS_AT<".equals(t.via().rel()) ? 0.5 : 0.8;
    }

    /** How much of a broader term's worth a narrower one keeps, per step, when the broader one is an area. */
    static final double AREA = 0.8;

    /**
     * Closeness where one side is an area of interest or expertise (what an investor focuses on, what an institution
     * researches): the area covers its narrower terms, so they keep {@link #AREA}^d instead of 0.5^d. A required skill
     * is not an area: a position asking for a parent skill is only partly met by a child (see {@link #closeness}).
     */
    static double fit(Profile.Tech a, Profile.Tech b) {
        Integer aAbove = b.up().get(a.id());
        if (aAbove != null && area(a)) {
            return Math.pow(AREA, aAbove);
        }
        Integer bAbove = a.up().get(b.id());
        if (bAbove != null && area(b)) {
            return Math.pow(AREA, bAbove);
        }
        return closeness(a, b);
    }

    /** Whether the actor holds the term as an area (focuses on it, researches it), stated rather than reached. */
    static boolean area(Profile.Tech t) {
        return t.via() == null && ("FOCUSES_ON".equals(t.rel()) || "RESEARCHES".equals(t.rel()));
    }

    /** Shared regions of two actors: the same 1, the same city 0.8, the same province 0.5, the same country 0.2. */
    static double closeness(List<Profile.Region> a, List<Profile.Region> b) {
        double best = 0;
        for (Profile.Region x : a) {
            for (Profile.Region y : b) {
                if (x.id().equals(y.id())) {
                    return 1;
                }
                Set<String> xs = new HashSet<>(x.up());
                xs.add(x.id());
                int shared = 0;
                for (String id : y.up()) {
                    shared += xs.contains(id) ? 1 : 0;
                }
                shared += xs.contains(y.id()) ? 1 : 0;
                best = Math.max(best, shared >= 3 ? 0.8 : shared == 2 ? 0.5 : shared == 1 ? 0.2 : 0);
            }
        }
        return best;
    }

    private Proximity() {}
}

package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maximal-marginal-relevance re-ranking: each next place goes to the candidate with the best score minus λ times
 * its redundancy with those already placed (the same organisation, the same leading technology, the same place),
 * so that the first page is not ten branches of one group or ten makers of one device.
 */
final class Diversity {

    private Diversity() {}

    /** A candidate to place: its relevance and what makes two candidates alike. */
    record Item<T>(T value, double score, Set<String> orgs, String topTechnology, String region) {}

    static double redundancy(Item<?> a, Item<?> b) {
        double r = 0;
        if (shareAny(a.orgs(), b.orgs())) {
            r += 0.5;
        }
        if (a.topTechnology() != null && a.topTechnology().equals(b.topTechnology())) {
            r += 0.3;
        }
        if (a.region() != null && a.region().equals(b.region())) {
            r += 0.2;
        }
        return r;
    }

    private static boolean shareAny(Set<String> a, Set<String> b) {
        for (String org : a) {
            if (b.contains(org)) {
                return true;
            }
        }
        return false;
    }

    /** The items in their diversified order; λ = 0 keeps score order. Ties keep the incoming order. */
    static <T> List<T> rerank(List<Item<T>> items, double lambda) {
        return rerank(items, lambda, items.size());
    }

    /**
     * The first {@code places} items in their diversified order, then the others in the order given (by score). Each
     * place is chosen knowing only those before it, so a longer run begins with a shorter one's places: a next page
     * re-ranked with more places agrees with the pages before it.
     */
    static <T> List<T> rerank(List<Item<T>> items, double lambda, int places) {
        List<Item<T>> remaining = new ArrayList<>(items);
        List<Item<T>> placed = new ArrayList<>();
        double[] maxRedundancy = new double[remaining.size()];
        while (!remaining.isEmpty() && placed.size() < places) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < remaining.size(); i++) {
                double v = remaining.get(i).score() - lambda * maxRedundancy[i];
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            Item<T> chosen = remaining.remove(best);
            placed.add(chosen);
            double[] next = new double[remaining.size()];
            for (int i = 0, j = 0; i < remaining.size() + 1; i++) {
                if (i == best) {
                    continue;
                }
                Item<T> item = remaining.get(j);
                next[j] = Math.max(maxRedundancy[i], redundancy(item, chosen));
                j++;
            }
            maxRedundancy = next;
        }
        placed.addAll(remaining);
        return placed.stream().map(Item::value).toList();
    }
}

package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The first {@code limit} combinations of one choice per slot, most likely first: a combination's rank is the sum of
 * the indexes of its choices, so all-first-readings comes first, then every combination that changes one character to
 * its second reading, and so on. This bounds the product of polyphonic readings (4 characters with 4 readings each would
 * be 256 strings) without ever enumerating it.
 */
final class Combinations {

    private Combinations() {}

    /** @param slots non-empty lists of choices */
    static List<List<String>> best(List<List<String>> slots, int limit) {
        List<List<String>> result = new ArrayList<>();
        if (slots.isEmpty()) {
            return result;
        }
        PriorityQueue<int[]> queue =
                new PriorityQueue<>(Comparator.comparingInt(Combinations::rank).thenComparing(Arrays::compare));
        Set<List<Integer>> seen = new HashSet<>();
        int[] first = new int[slots.size()];
        queue.add(first);
        seen.add(key(first));
        while (!queue.isEmpty() && result.size() < limit) {
            int[] indexes = queue.poll();
            List<String> combination = new ArrayList<>(slots.size());
            for (int i = 0; i < indexes.length; i++) {
                combination.add(slots.get(i).get(indexes[i]));
            }
            result.add(combination);
            for (int i = 0; i < indexes.length; i++) {
                if (indexes[i] + 1 < slots.get(i).size()) {
                    int[] next = indexes.clone();
                    next[i]++;
                    if (seen.add(key(next))) {
                        queue.add(next);
                    }
                }
            }
        }
        return result;
    }

    private static int rank(int[] indexes) {
        int sum = 0;
        for (int index : indexes) {
            sum += index;
        }
        return sum;
    }

    private static List<Integer> key(int[] indexes) {
        return Arrays.stream(indexes).boxed().toList();
    }
}

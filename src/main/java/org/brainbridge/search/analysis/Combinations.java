package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

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
        if (slots.isEmpty() || limit < 1) {
            return result;
        }
        // Only slots with a choice take part in the search: in a name most characters have one reading.
        int[] open = IntStream.range(0, slots.size())
                .filter(i -> slots.get(i).size() > 1)
                .toArray();
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        Set<Key> seen = new HashSet<>();
        Candidate first = new Candidate(0, new int[open.length]);
        queue.add(first);
        seen.add(new Key(first.choices()));
        while (!queue.isEmpty() && result.size() < limit) {
            Candidate candidate = queue.poll();
            List<String> combination = new ArrayList<>(slots.size());
            for (List<String> slot : slots) {
                combination.add(slot.getFirst());
            }
            for (int k = 0; k < open.length; k++) {
                combination.set(open[k], slots.get(open[k]).get(candidate.choices()[k]));
            }
            result.add(combination);
            for (int k = 0; k < open.length; k++) {
                if (candidate.choices()[k] + 1 < slots.get(open[k]).size()) {
                    int[] next = candidate.choices().clone();
                    next[k]++;
                    if (seen.add(new Key(next))) {
                        queue.add(new Candidate(candidate.rank() + 1, next));
                    }
                }
            }
        }
        return result;
    }

    /** Choices of the open slots, ranked by the sum of their indexes, then in index order. */
    private record Candidate(int rank, int[] choices) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            int byRank = Integer.compare(rank, other.rank);
            return byRank != 0 ? byRank : Arrays.compare(choices, other.choices);
        }
    }

    /** An array of choice indexes compared by content (a boxed list per combination cost more than the search). */
    private record Key(int[] indexes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(indexes, key.indexes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(indexes);
        }
    }
}

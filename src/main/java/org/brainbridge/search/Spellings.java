package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Typo tolerance for Latin words: the known words (those of the synonym files) a typed word is a misspelling of. */
final class Spellings {

    private final Set<String> vocabulary;

    /** @param vocabulary known Latin words, lower-cased */
    Spellings(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Known words closest to a Latin word the vocabulary does not know, by edits (a swap of two neighbouring letters
     * is one): one edit up to six letters (three-letter words only to other three-letter words, EGG → EEG), two from
     * seven; empty for a known word, a word with digits, or one with no close known word.
     */
    List<String> of(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        if (folded.length() < 3
                || vocabulary.contains(folded)
                || !folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        int allowed = folded.length() >= 7 ? 2 : 1;
        int best = allowed + 1;
        List<String> closest = new ArrayList<>();
        for (String known : vocabulary) {
            if (Math.abs(known.length() - folded.length()) > allowed || (folded.length() == 3 && known.length() != 3)) {
                continue;
            }
            int distance = editDistance(folded, known, allowed);
            if (distance < best) {
                best = distance;
                closest.clear();
            }
            if (distance == best) {
                closest.add(known);
            }
        }
        java.util.Collections.sort(closest);
        return best > allowed ? List.of() : List.copyOf(closest.subList(0, Math.min(closest.size(), MAX_SPELLINGS)));
    }

    static final int MAX_SPELLINGS = 3;

    /** The one closest known word, or the word itself when there is none or several are as close. */
    String best(String word) {
        List<String> spellings = of(word);
        return spellings.size() == 1 ? spellings.getFirst() : word;
    }

    /** Optimal-string-alignment distance, or {@code bound + 1} as soon as it must exceed {@code bound}. */
    static int editDistance(String a, String b, int bound) {
        // Three rows of the table (a swap looks two rows back), not the whole table: this runs once per known word.
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, beforeLast[j - 2] + 1);
                }
                row[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] spare = beforeLast;
            beforeLast = last;
            last = row;
            row = spare;
        }
        return Math.min(last[b.length()], bound + 1);
    }
}

package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits Latin text written in pinyin without spaces or tones into its syllables (jiqiren → ji qi ren). */
final class PinyinSyllables {

    /** Every syllable some character of the basic CJK block is read with (about 400). */
    private static final Set<String> ALL = all();

    /**
     * Readings nobody types inside a word: interjections' (嗯 n, ng; 呣 m; 哼 hm, hng; 哦 o) and the suffix 儿 as r.
     * English words split into pinyin with their help (rehabilitation → re ha bi li ta ti o n, warning → wa r ning).
     */
    private static final Set<String> UNTYPED = Set.of("n", "ng", "m", "hm", "hng", "o", "r");

    private static final Set<String> TYPED = typed();

    private static final int LONGEST = 6;

    private PinyinSyllables() {}

    /**
     * The syllables of a word written entirely in pinyin, longest syllable first where that still lets the rest split
     * (xian → xian, not xi an; jiqiren → ji qi ren); empty when the word is not pinyin (robot, eeg).
     */
    static List<String> split(String word) {
        return split(word, ALL);
    }

    /**
     * Whether a word splits into pinyin syllables only with the help of a reading nobody types inside a word (…ti o
     * n): an English word, not pinyin someone typed.
     */
    static boolean splitsOnlyByChance(String word) {
        return !split(word).isEmpty() && asTyped(word).isEmpty();
    }

    /**
     * The syllables of a word as someone typing pinyin means them: those of {@link #split}, or none when the word
     * splits only by chance (see {@link #splitsOnlyByChance}). One split for a word that is no pinyin at all.
     */
    static List<String> asTyped(String word) {
        List<String> syllables = split(word);
        if (syllables.isEmpty() || syllables.stream().noneMatch(UNTYPED::contains)) {
            return syllables;
        }
        return split(word, TYPED).isEmpty() ? List.of() : syllables;
    }

    private static List<String> split(String word, Set<String> syllables) {
        if (word.isEmpty() || word.length() > 64 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        List<String> into = new ArrayList<>();
        return split(word, 0, syllables, into, new HashSet<>()) ? List.copyOf(into) : List.of();
    }

    private static boolean split(String word, int from, Set<String> syllables, List<String> into, Set<Integer> dead) {
        if (from == word.length()) {
            return true;
        }
        if (dead.contains(from)) {
            return false;
        }
        for (int end = Math.min(word.length(), from + LONGEST); end > from; end--) {
            String syllable = word.substring(from, end);
            if (syllables.contains(syllable)) {
                into.add(syllable);
                if (split(word, end, syllables, into, dead)) {
                    return true;
                }
                into.removeLast();
            }
        }
        dead.add(from);
        return false;
    }

    static boolean isSyllable(String text) {
        return ALL.contains(text);
    }

    private static Set<String> typed() {
        Set<String> typed = new HashSet<>(ALL);
        typed.removeAll(UNTYPED);
        return Set.copyOf(typed);
    }

    private static Set<String> all() {
        Set<String> all = new HashSet<>();
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            all.addAll(PinyinReadings.lookUpReadings(c));
        }
        return Set.copyOf(all);
    }
}

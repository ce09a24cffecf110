package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits Latin text written in pinyin without spaces or tones into its syllables (jiqiren → ji qi ren). */
final class PinyinSyllables {

    /** Every syllable some character of the basic CJK block is read with (about 400). */
    private static final Set<String> ALL = all();

    private static final int LONGEST = 6;

    private PinyinSyllables() {}

    /**
     * The syllables of a word written entirely in pinyin, longest syllable first where that still lets the rest split
     * (xian → xian, not xi an; jiqiren → ji qi ren); empty when the word is not pinyin (robot, eeg).
     */
    static List<String> split(String word) {
        if (word.isEmpty() || word.length() > 64 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        List<String> syllables = new ArrayList<>();
        return split(word, 0, syllables, new HashSet<>()) ? List.copyOf(syllables) : List.of();
    }

    private static boolean split(String word, int from, List<String> into, Set<Integer> dead) {
        if (from == word.length()) {
            return true;
        }
        if (dead.contains(from)) {
            return false;
        }
        for (int end = Math.min(word.length(), from + LONGEST); end > from; end--) {
            String syllable = word.substring(from, end);
            if (ALL.contains(syllable)) {
                into.add(syllable);
                if (split(word, end, into, dead)) {
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

    private static Set<String> all() {
        Set<String> all = new HashSet<>();
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            all.addAll(PinyinReadings.lookUpReadings(c));
        }
        return Set.copyOf(all);
    }
}

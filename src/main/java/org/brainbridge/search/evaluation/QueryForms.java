package org.brainbridge.search.evaluation;

import java.util.List;
import java.util.Locale;
import org.brainbridge.search.analysis.Analyzers;

/**
 * The form of a judged query when the judgments file does not give one: the script it is written in, and for Latin
 * text whether every word reads as pinyin. A guess (short forms, misspellings and facet-style queries cannot be told
 * from the text alone); a type column in the file chooses instead.
 */
final class QueryForms {

    private QueryForms() {}

    /** {@code mixed}, {@code zh}, {@code pinyin} or {@code en}. */
    static String infer(String text) {
        boolean han = false;
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            han |= script == Character.UnicodeScript.HAN;
            latin |= script == Character.UnicodeScript.LATIN && Character.isLetter(c);
            i += Character.charCount(c);
        }
        if (han) {
            return latin ? "mixed" : "zh";
        }
        return latin && isPinyin(text) ? "pinyin" : "en";
    }

    /**
     * Every word splits into pinyin syllables with a vowel each, and there are at least two of them (not "an", "long").
     * The vowel-less readings (m, n, ng, r) would let English words split too: nue-r-o-mo-du-la-ti-o-n.
     */
    private static boolean isPinyin(String text) {
        int syllables = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> split = Analyzers.pinyinSyllables(word);
            if (split.isEmpty() || !split.stream().allMatch(QueryForms::hasVowel)) {
                return false;
            }
            syllables += split.size();
        }
        return syllables >= 2;
    }

    private static boolean hasVowel(String syllable) {
        return syllable.chars().anyMatch(c -> "aeiouv".indexOf(c) >= 0);
    }
}

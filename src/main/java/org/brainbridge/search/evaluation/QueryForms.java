package org.brainbridge.search.evaluation;

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

    /** Every word splits into pinyin syllables, and there are at least two of them (not "an", "long"). */
    private static boolean isPinyin(String text) {
        int syllables = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int n = Analyzers.pinyinSyllables(word).size();
            if (n == 0) {
                return false;
            }
            syllables += n;
        }
        return syllables >= 2;
    }
}

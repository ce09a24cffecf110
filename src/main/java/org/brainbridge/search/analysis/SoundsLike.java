package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain's Chinese words by how they sound, for what people type by ear: a homophone typed by mistake (柔性电级
 * for 柔性电极: both rou xing dian ji) or the word spelled in pinyin ("naojijiekou", "shenjing tiaokong" for 脑机接口
 * and 神经调控). The words are those of the domain dictionary and the synonym files; every reading of a polyphonic
 * character counts (bounded, most likely first).
 */
final class SoundsLike {

    /** Readings per word, and per typed word: enough for the polyphonic characters of real terms. */
    private static final int READINGS = 8;
    /** Shorter pinyin is too likely to be an English word or an abbreviation (dian, jian). */
    private static final int MIN_PINYIN_LETTERS = 5;

    private static final int MAX_WORDS = 3;

    private final Map<String, Set<String>> bySound = new HashMap<>();
    private final Set<String> words;
    private final PinyinReadings readings;

    SoundsLike(Collection<String> words, PinyinReadings readings) {
        this.words = Set.copyOf(words);
        this.readings = readings;
        for (String word : this.words) {
            for (String sound : sounds(word)) {
                bySound.computeIfAbsent(sound, k -> new LinkedHashSet<>()).add(word);
            }
        }
    }

    /**
     * The dictionary words that sound like what was typed, other than itself: for Han characters that are not a
     * dictionary word themselves, the words read the same; for Latin letters (spaces and apostrophes ignored), the
     * words whose pinyin they spell. Empty for anything else.
     */
    List<String> of(String typed) {
        String folded = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s'’]+", "");
        if (folded.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        if (folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            if (folded.length() >= MIN_PINYIN_LETTERS) {
                found.addAll(bySound.getOrDefault(folded, Set.of()));
            }
        } else if (isHan(folded) && !words.contains(folded)) {
            for (String sound : sounds(folded)) {
                found.addAll(bySound.getOrDefault(sound, Set.of()));
            }
            found.remove(folded);
        }
        return found.stream().sorted().limit(MAX_WORDS).toList();
    }

    private List<String> sounds(String han) {
        if (!isHan(han) || han.codePointCount(0, han.length()) < 2) {
            return List.of();
        }
        List<List<String>> perCharacter = readings.ofRun(han);
        if (perCharacter.stream().anyMatch(List::isEmpty)) {
            return List.of();
        }
        List<String> sounds = new ArrayList<>();
        for (List<String> combination : Combinations.best(perCharacter, READINGS)) {
            sounds.add(String.join("", combination));
        }
        return sounds;
    }

    private static boolean isHan(String text) {
        return !text.isEmpty()
                && text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}

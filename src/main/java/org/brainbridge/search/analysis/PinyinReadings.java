package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin readings of Han characters: every reading pinyin4j knows (行: xing, hang, heng), without tones, ü written
 * v as pinyin input methods do (lv), with the u spelling (lu) added after the real readings because people type both.
 *
 * <p>{@code pinyin-exceptions.txt} overrides the readings inside known phrases (银行 → yin hang only). Exceptions are
 * matched greedily, longest first, over a run of adjacent Han characters, and restrict each character of the phrase to
 * the syllables the phrase gives it at that place. A phrase with several readings (朝阳 = chao yang | zhao yang) is
 * therefore combined per character, not per phrase: exact for the usual case where one character varies, a few
 * harmless extra combinations otherwise.
 */
final class PinyinReadings {

    private static final Pattern SYLLABLE = Pattern.compile("[a-z]+");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Phrase → for each of its characters, the syllables it may have there. */
    private final Map<String, List<List<String>>> exceptions;

    private final int longestException;
    private final Map<Integer, List<String>> cache = new ConcurrentHashMap<>();

    private PinyinReadings(Map<String, List<List<String>>> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
        this.longestException = exceptions.keySet().stream()
                .mapToInt(p -> p.codePointCount(0, p.length()))
                .max()
                .orElse(0);
    }

    /**
     * Lines like {@code 朝阳 = chao yang | zhao yang}: the phrase, then one or more readings with a syllable per
     * character. A later line for the same phrase (from the overrides folder) replaces the earlier one.
     */
    static PinyinReadings load(List<DataFiles.Line> lines, CharNormalization normalization) {
        Map<String, List<List<String>>> exceptions = new HashMap<>();
        for (DataFiles.Line line : lines) {
            int eq = line.text().indexOf('=');
            if (eq < 0) {
                throw line.error("expected 'phrase = syllables | syllables'");
            }
            String phrase = normalization.apply(line.text().substring(0, eq).strip());
            int[] chars = phrase.codePoints().toArray();
            if (chars.length < 1
                    || !phrase.codePoints()
                            .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                throw line.error("the phrase must be Han characters only");
            }
            List<Set<String>> perChar = new ArrayList<>();
            for (int i = 0; i < chars.length; i++) {
                perChar.add(new LinkedHashSet<>());
            }
            for (String reading : line.text().substring(eq + 1).split("\\|")) {
                String[] syllables = reading.strip().split("\\s+");
                if (syllables.length != chars.length) {
                    throw line.error("reading '%s' has %d syllables for %d characters"
                            .formatted(reading.strip(), syllables.length, chars.length));
                }
                for (int i = 0; i < syllables.length; i++) {
                    if (!SYLLABLE.matcher(syllables[i]).matches()) {
                        throw line.error("syllables are lower-case letters without tones (v for ü): " + syllables[i]);
                    }
                    perChar.get(i).add(syllables[i]);
                }
            }
            exceptions.put(phrase, perChar.stream().map(List::copyOf).toList());
        }
        return new PinyinReadings(exceptions);
    }

    /** Every reading of one character, most common first as pinyin4j orders them; empty if it has none. */
    List<String> of(int codePoint) {
        return cache.computeIfAbsent(codePoint, PinyinReadings::lookUp);
    }

    /**
     * The readings of each character of a run of adjacent Han characters, with the exceptions applied. Characters
     * without any reading get an empty list.
     */
    List<List<String>> ofRun(String run) {
        int[] chars = run.codePoints().toArray();
        List<List<String>> readings = new ArrayList<>(chars.length);
        int i = 0;
        while (i < chars.length) {
            List<List<String>> exception = longestExceptionAt(chars, i);
            if (exception != null) {
                readings.addAll(exception);
                i += exception.size();
            } else {
                readings.add(of(chars[i]));
                i++;
            }
        }
        return readings;
    }

    Map<String, List<List<String>>> exceptions() {
        return exceptions;
    }

    private List<List<String>> longestExceptionAt(int[] chars, int from) {
        for (int length = Math.min(longestException, chars.length - from); length >= 1; length--) {
            List<List<String>> exception = exceptions.get(new String(chars, from, length));
            if (exception != null) {
                return exception;
            }
        }
        return null;
    }

    /** Every reading of one character, without caching (for building tables once). */
    static List<String> lookUpReadings(int codePoint) {
        return lookUp(codePoint);
    }

    private static List<String> lookUp(int codePoint) {
        if (!Character.isBmpCodePoint(codePoint)) {
            return List.of(); // pinyin4j's table covers the basic plane only
        }
        String[] found;
        try {
            found = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // the format above is a valid combination
        }
        if (found == null) {
            return List.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        for (String reading : found) {
            if (SYLLABLE.matcher(reading).matches()) {
                readings.add(reading);
            }
        }
        for (String reading : List.copyOf(readings)) {
            if (reading.contains("v")) {
                readings.add(reading.replace('v', 'u'));
            }
        }
        return List.copyOf(readings);
    }
}

package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pinyin of a name, from its ICU words: what {@link PinyinFilter} indexes and {@link SuggestFilter} turns into
 * prefixes.
 *
 * <p>Runs of single-character Han words are taken as one word first: ICU falls back to single characters for what its
 * dictionary does not know, which in a company name is the brand (瑶 | 湖 | 念 | 康 → 瑶湖念康), the part people type.
 */
final class PinyinForms {

    /** At most this many readings of one word, or of the whole name, are combined (see {@link Combinations}). */
    static final int MAX_READINGS = 16;

    /** An ICU token of the name. */
    record Token(String text, boolean han, int start, int end) {}

    /**
     * A word of the name. For a Han word, {@code readings} has the syllables of each character that has any; for a
     * Latin or number word it is empty and the word stands for itself.
     */
    record Word(String text, int start, int end, List<List<String>> readings) {
        boolean han() {
            return !readings.isEmpty();
        }

        List<String> spellings() {
            return han() ? joined(Combinations.best(readings, MAX_READINGS)) : List.of(text);
        }

        List<String> initials() {
            return han() ? PinyinForms.initials(readings) : List.of();
        }

        /** Each character's readings in order, without repeats. */
        List<String> syllables() {
            Set<String> syllables = new LinkedHashSet<>();
            readings.forEach(syllables::addAll);
            return List.copyOf(syllables);
        }
    }

    private final List<Word> words;

    private PinyinForms(List<Word> words) {
        this.words = words;
    }

    static PinyinForms of(List<Token> tokens, PinyinReadings readings) {
        List<Token> merged = mergeSingleCharacters(tokens);
        List<Word> words = new ArrayList<>(merged.size());
        int i = 0;
        while (i < merged.size()) {
            if (!merged.get(i).han()) {
                Token token = merged.get(i++);
                words.add(new Word(token.text(), token.start(), token.end(), List.of()));
                continue;
            }
            // Exceptions may span ICU words (重 | 庆), so readings are looked up over the whole adjacent Han run.
            int runEnd = i + 1;
            while (runEnd < merged.size() && adjacentHan(merged.get(runEnd - 1), merged.get(runEnd))) {
                runEnd++;
            }
            StringBuilder run = new StringBuilder();
            merged.subList(i, runEnd).forEach(t -> run.append(t.text()));
            List<List<String>> runReadings = readings.ofRun(run.toString());
            int offset = 0;
            for (Token token : merged.subList(i, runEnd)) {
                int length = token.text().codePointCount(0, token.text().length());
                List<List<String>> wordReadings = runReadings.subList(offset, offset + length).stream()
                        .filter(r -> !r.isEmpty())
                        .toList();
                offset += length;
                if (!wordReadings.isEmpty()) {
                    words.add(new Word(token.text(), token.start(), token.end(), wordReadings));
                }
            }
            i = runEnd;
        }
        return new PinyinForms(words);
    }

    List<Word> words() {
        return words;
    }

    /** The Han words' readings, combined over the whole name: nanchangyinhang. */
    List<String> fullSpellings() {
        return joined(Combinations.best(allReadings(), MAX_READINGS));
    }

    /** The initials of the whole name: ncyh. */
    List<String> fullInitials() {
        return initials(allReadings());
    }

    /** The whole name's text from each word on, without spaces: the sources of name prefixes. */
    List<String> textSuffixes() {
        List<String> suffixes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder suffix = new StringBuilder();
            words.subList(i, words.size()).forEach(w -> suffix.append(w.text()));
            suffixes.add(suffix.toString());
        }
        return suffixes;
    }

    private List<List<String>> allReadings() {
        List<List<String>> all = new ArrayList<>();
        words.stream().filter(Word::han).forEach(w -> all.addAll(w.readings()));
        return all;
    }

    private static List<String> initials(List<List<String>> readings) {
        List<List<String>> firstLetters = readings.stream()
                .map(r -> r.stream().map(s -> s.substring(0, 1)).distinct().toList())
                .toList();
        return joined(Combinations.best(firstLetters, MAX_READINGS));
    }

    private static List<String> joined(List<List<String>> combinations) {
        return combinations.stream().map(c -> String.join("", c)).distinct().toList();
    }

    private static List<Token> mergeSingleCharacters(List<Token> tokens) {
        List<Token> merged = new ArrayList<>(tokens.size());
        boolean lastIsSingles = false;
        for (Token token : tokens) {
            boolean single =
                    token.han() && token.text().codePointCount(0, token.text().length()) == 1;
            if (single && lastIsSingles && adjacentHan(merged.getLast(), token)) {
                Token last = merged.getLast();
                merged.set(merged.size() - 1, new Token(last.text() + token.text(), true, last.start(), token.end()));
            } else {
                merged.add(token);
                lastIsSingles = single;
            }
        }
        return merged;
    }

    private static boolean adjacentHan(Token previous, Token next) {
        return previous.han() && next.han() && previous.end() == next.start();
    }
}

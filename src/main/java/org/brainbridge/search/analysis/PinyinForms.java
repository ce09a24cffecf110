package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pinyin of a name, from its ICU words: what {@link PinyinFilter} indexes and {@link SuggestFilter} turns into
 * prefixes.
 *
 * <p>Runs of single-character Han words are taken as one word first: ICU falls back to single characters for what its
 * dictionary does not know, which in a company name is the place and the brand (瑶 | 湖 | 念 | 康 → 瑶湖念康), the
 * part people type.
 */
final class PinyinForms {

    /** At most this many readings of one word, or of the whole name, are combined (see {@link Combinations}). */
    static final int MAX_READINGS = 16;

    /** Suggestions starting inside a name take fewer readings: each one is a source of many prefixes. */
    static final int MAX_SUGGEST_READINGS = 4;

    /** Characters whose spellings fill a suggestion source (MAX_SUGGEST_PREFIX letters, two or more a syllable). */
    private static final int SPELLED_CHARACTERS = Analyzers.MAX_SUGGEST_PREFIX / 2;

    /** Suggestions start from the name's first words only. */
    static final int MAX_SUGGEST_WORDS = 5;

    /** An ICU token of the name. */
    record Token(String text, boolean han, int start, int end) {}

    /**
     * A word of the name. For a Han word, {@code readings} has the syllables of each character (empty for a character
     * pinyin4j does not know); for a Latin or number word it is empty and the word stands for itself. {@code merged}
     * tells a run of single characters taken as one word, whose brand may start at any character.
     */
    record Word(String text, int start, int end, List<List<String>> readings, boolean merged) {
        boolean han() {
            return !readings.isEmpty();
        }

        List<String> spellings() {
            return han() ? cached(SPELLINGS, readings, r -> PinyinForms.spellings(r, MAX_READINGS)) : List.of(text);
        }

        List<String> initials() {
            return han() ? cached(INITIALS, readings, r -> PinyinForms.initials(r, MAX_READINGS)) : List.of();
        }

        /** Each character's readings in order, without repeats. */
        List<String> syllables() {
            Set<String> syllables = new LinkedHashSet<>();
            readings.forEach(syllables::addAll);
            return List.copyOf(syllables);
        }
    }

    /**
     * Names share most of their words (电子, 科技, 有限公司, 脑机接口), so a word's spellings and initials are kept by its
     * readings; bounded, and simply emptied when full.
     */
    private static final int CACHE_LIMIT = 100_000;

    private static final Map<List<List<String>>, List<String>> SPELLINGS = new ConcurrentHashMap<>();
    private static final Map<List<List<String>>, List<String>> INITIALS = new ConcurrentHashMap<>();

    /** Longer names get no whole-name spelling: nobody types the pinyin of a whole project title. */
    static final int MAX_FULL_NAME_CHARACTERS = 16;

    private final List<Word> words;

    private static List<String> cached(
            Map<List<List<String>>, List<String>> cache,
            List<List<String>> readings,
            java.util.function.Function<List<List<String>>, List<String>> compute) {
        List<String> found = cache.get(readings);
        if (found == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            found = compute.apply(readings);
            cache.put(readings, found);
        }
        return found;
    }

    private PinyinForms(List<Word> words) {
        this.words = words;
    }

    static PinyinForms of(List<Token> tokens, PinyinReadings readings) {
        List<Piece> pieces = mergeSingleCharacters(tokens);
        List<Word> words = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            Token first = pieces.get(i).token();
            if (!first.han()) {
                words.add(new Word(first.text(), first.start(), first.end(), List.of(), false));
                i++;
                continue;
            }
            // Exceptions may span ICU words (重 | 庆), so readings are looked up over the whole adjacent Han run.
            int runEnd = i + 1;
            while (runEnd < pieces.size()
                    && adjacentHan(
                            pieces.get(runEnd - 1).token(), pieces.get(runEnd).token())) {
                runEnd++;
            }
            StringBuilder run = new StringBuilder();
            pieces.subList(i, runEnd).forEach(p -> run.append(p.token().text()));
            List<List<String>> runReadings = readings.ofRun(run.toString());
            int offset = 0;
            for (Piece piece : pieces.subList(i, runEnd)) {
                Token token = piece.token();
                int length = token.text().codePointCount(0, token.text().length());
                words.add(new Word(
                        token.text(),
                        token.start(),
                        token.end(),
                        List.copyOf(runReadings.subList(offset, offset + length)),
                        piece.merged()));
                offset += length;
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
        List<List<String>> all = readingsFrom(0, 0, Integer.MAX_VALUE);
        return all.size() > MAX_FULL_NAME_CHARACTERS ? List.of() : spellings(all, MAX_READINGS);
    }

    /** The initials of the whole name: ncyh. */
    List<String> fullInitials() {
        List<List<String>> all = readingsFrom(0, 0, Integer.MAX_VALUE);
        return all.size() > MAX_FULL_NAME_CHARACTERS ? List.of() : initials(all, MAX_READINGS);
    }

    /**
     * What name suggestions are prefixes of: from the start of the name, of each later word, and of each character of
     * a merged word, the rest of the name (letters and digits only), its pinyin spellings and its initials.
     */
    List<String> suggestionSources() {
        Set<String> sources = new LinkedHashSet<>();
        eachSource(true, source -> {
            sources.add(source);
            return false; // every source
        });
        sources.remove("");
        return List.copyOf(sources);
    }

    /**
     * Whether one of {@link #suggestionSources()}, cut to {@link Analyzers#MAX_SUGGEST_PREFIX} characters, begins with
     * a token; the pinyin forms are made only for a token that begins with a Latin letter (they are all letters).
     */
    boolean suggests(String token) {
        return !token.isEmpty()
                && token.length() <= Analyzers.MAX_SUGGEST_PREFIX
                && eachSource(token.charAt(0) >= 'a' && token.charAt(0) <= 'z', source -> source.startsWith(token));
    }

    /**
     * Offers the suggestion sources in order, with or without their pinyin forms, until {@code found} accepts one;
     * whether it did.
     */
    private boolean eachSource(boolean pinyin, java.util.function.Predicate<String> found) {
        // People type a name from its start or from one of its first words (the brand after a place name); starting
        // from every later word of a long project title would multiply the index for prefixes nobody types.
        for (int w = 0; w < Math.min(words.size(), MAX_SUGGEST_WORDS); w++) {
            Word word = words.get(w);
            int starts = word.merged() ? word.readings().size() : 1;
            for (int c = 0; c < starts; c++) {
                if (found.test(Analyzers.lettersAndDigits(textFrom(w, c, 2 * Analyzers.MAX_SUGGEST_PREFIX)))) {
                    return true;
                }
                if (!pinyin) {
                    continue;
                }
                int limit = w == 0 && c == 0 ? MAX_READINGS : MAX_SUGGEST_READINGS;
                // Sources are cut at MAX_SUGGEST_PREFIX letters: combining readings beyond that is wasted work (a
                // syllable has at least two letters but for a handful, so half as many characters suffice).
                List<List<String>> rest = readingsFrom(w, c, Analyzers.MAX_SUGGEST_PREFIX);
                for (String spelling : spellings(rest.subList(0, Math.min(rest.size(), SPELLED_CHARACTERS)), limit)) {
                    if (found.test(spelling)) {
                        return true;
                    }
                }
                for (String initials :
                        initials(rest.subList(0, Math.min(rest.size(), Analyzers.MAX_SUGGEST_PREFIX)), limit)) {
                    if (found.test(initials)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The text from character {@code c} of word {@code w} to the end, or its first {@code limit} chars. */
    private String textFrom(int w, int c, int limit) {
        StringBuilder text = new StringBuilder();
        String first = words.get(w).text();
        text.append(first, first.offsetByCodePoints(0, c), first.length());
        for (int i = w + 1; i < words.size() && text.length() < limit; i++) {
            text.append(words.get(i).text());
        }
        return text.toString();
    }

    /** The readings of the Han characters from character {@code c} of word {@code w} on, at most {@code limit}. */
    private List<List<String>> readingsFrom(int w, int c, int limit) {
        List<List<String>> rest = new ArrayList<>();
        for (int i = w; i < words.size() && rest.size() < limit; i++) {
            List<List<String>> readings = words.get(i).readings();
            rest.addAll(i == w ? readings.subList(Math.min(c, readings.size()), readings.size()) : readings);
        }
        return rest.size() > limit ? rest.subList(0, limit) : rest;
    }

    private static List<String> spellings(List<List<String>> readings, int limit) {
        return joined(Combinations.best(known(readings), limit));
    }

    private static List<String> initials(List<List<String>> readings, int limit) {
        List<List<String>> firstLetters = new ArrayList<>(readings.size());
        for (List<String> reading : readings) {
            if (!reading.isEmpty()) {
                firstLetters.add(FIRST_LETTERS.computeIfAbsent(reading, PinyinForms::firstLetters));
            }
        }
        return joined(Combinations.best(firstLetters, limit));
    }

    private static final Map<List<String>, List<String>> FIRST_LETTERS = new ConcurrentHashMap<>();

    private static List<String> firstLetters(List<String> syllables) {
        Set<String> letters = new LinkedHashSet<>();
        for (String syllable : syllables) {
            letters.add(syllable.substring(0, 1));
        }
        return List.copyOf(letters);
    }

    /** Characters without any reading are left out of spellings rather than spoiling them. */
    private static List<List<String>> known(List<List<String>> readings) {
        List<List<String>> known = new ArrayList<>(readings.size());
        for (List<String> reading : readings) {
            if (!reading.isEmpty()) {
                known.add(reading);
            }
        }
        return known;
    }

    private static List<String> joined(List<List<String>> combinations) {
        Set<String> joined = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (List<String> combination : combinations) {
            text.setLength(0);
            combination.forEach(text::append);
            joined.add(text.toString());
        }
        return List.copyOf(joined);
    }

    /** A token, or adjacent single-character Han tokens joined ({@code merged}). */
    private record Piece(Token token, boolean merged) {}

    private static List<Piece> mergeSingleCharacters(List<Token> tokens) {
        List<Piece> pieces = new ArrayList<>(tokens.size());
        boolean lastIsSingles = false;
        for (Token token : tokens) {
            boolean single =
                    token.han() && token.text().codePointCount(0, token.text().length()) == 1;
            if (single && lastIsSingles && adjacentHan(pieces.getLast().token(), token)) {
                Token last = pieces.getLast().token();
                pieces.set(
                        pieces.size() - 1,
                        new Piece(new Token(last.text() + token.text(), true, last.start(), token.end()), true));
            } else {
                pieces.add(new Piece(token, false));
                lastIsSingles = single;
            }
        }
        return pieces;
    }

    private static boolean adjacentHan(Token previous, Token next) {
        return previous.han() && next.han() && previous.end() == next.start();
    }
}

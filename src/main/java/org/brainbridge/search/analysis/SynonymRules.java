package org.brainbridge.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds the query-time synonym map from {@code synonyms.txt} (Solr format) and the domain dictionary.
 *
 * <p>Besides the curated rules, every dictionary term that ICU splits gets a rule to its own parts (脑机接口 ⇒ 脑机接口,
 * 脑 机 接口), and so does every synonym output that is such a term. The query analyzer joins 脑机接口 into one token,
 * which documents indexed before a curator added the term do not have; the parts path still matches them, and it
 * matches phrases whose neighbours sit next to the parts in the index.
 */
final class SynonymRules {

    /** A Latin word as written in the synonym file; it is an acronym when it has two or more capitals. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])");

    private SynonymRules() {}

    /**
     * @param rules analyses a rule's entries exactly as the query analyzer does before its synonym filter
     * @param parts analyses a dictionary term into the ICU parts the index keeps for it
     */
    static SynonymMap build(
            List<DataFiles.Source> sources, DomainDictionary dictionary, Analyzer rules, Analyzer parts) {
        DecomposingParser parser = new DecomposingParser(rules, parts, dictionary);
        try {
            for (String term : dictionary.terms()) {
                parser.addDecomposition(new CharsRef(term), new CharsRef(term), true);
            }
            for (DataFiles.Source source : sources) {
                try {
                    parser.parse(new StringReader(source.text()));
                } catch (ParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("%s: %s".formatted(source.name(), describe(e)), e);
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The acronyms written in the synonym files, lower-cased: the words stemming must leave alone. */
    static CharArraySet acronyms(List<DataFiles.Source> sources) {
        CharArraySet acronyms = new CharArraySet(64, true);
        for (DataFiles.Source source : sources) {
            for (String line : source.text().split("\\R")) {
                if (line.startsWith("#")) {
                    continue;
                }
                Matcher m = LATIN_WORD.matcher(line);
                while (m.find()) {
                    if (m.group().chars().filter(Character::isUpperCase).count() >= 2) {
                        acronyms.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return CharArraySet.unmodifiableSet(acronyms);
    }

    /** Every Latin word of the synonym files (three letters or more), lower-cased. */
    static java.util.Set<String> latinWords(List<DataFiles.Source> sources) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (DataFiles.Source source : sources) {
            for (String line : source.text().split("\\R")) {
                if (line.startsWith("#")) {
                    continue;
                }
                Matcher m = LATIN_WORD.matcher(line);
                while (m.find()) {
                    if (m.group().length() >= 3 && m.group().chars().allMatch(Character::isLetter)) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return java.util.Set.copyOf(words);
    }

    /** The entries of the synonym files written in Han characters only (two or more), normalised like the text. */
    static java.util.Set<String> hanTerms(List<DataFiles.Source> sources, CharNormalization normalization) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        for (DataFiles.Source source : sources) {
            for (String line : source.text().split("\\R")) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String entry : line.split("=>|,")) {
                    String term = normalization.apply(entry.strip());
                    if (term.codePointCount(0, term.length()) >= 2
                            && term.codePoints()
                                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                        terms.add(term);
                    }
                }
            }
        }
        return java.util.Set.copyOf(terms);
    }

    private static String describe(Exception e) {
        // SolrSynonymParser wraps the real cause (which names the rule) inside a ParseException with a line number.
        String cause = e.getCause() != null ? " – " + e.getCause().getMessage() : "";
        return e.getMessage() + cause;
    }

    private static final class DecomposingParser extends SolrSynonymParser {

        private final Analyzer parts;
        private final DomainDictionary dictionary;
        /** Term → its parts joined by the word separator; empty when ICU keeps the term whole. */
        private final Map<String, Optional<CharsRef>> decompositions = new HashMap<>();

        DecomposingParser(Analyzer rules, Analyzer parts, DomainDictionary dictionary) {
            super(true, true, rules);
            this.parts = parts;
            this.dictionary = dictionary;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            super.add(input, output, includeOrig);
            addDecomposition(input, output, includeOrig);
        }

        /** If {@code output} is one dictionary term that ICU splits, also map {@code input} to its parts. */
        void addDecomposition(CharsRef input, CharsRef output, boolean includeOrig) {
            String term = output.toString();
            if (term.indexOf(SynonymMap.WORD_SEPARATOR) >= 0 || !dictionary.contains(term)) {
                return;
            }
            // Each rule line adds every pair of its entries, so the same term comes here many times.
            decompositions.computeIfAbsent(term, this::split).ifPresent(split -> super.add(input, split, includeOrig));
        }

        private Optional<CharsRef> split(String term) {
            List<String> tokens = Tokens.of(parts, term);
            if (tokens.size() < 2) {
                return Optional.empty();
            }
            CharsRefBuilder joined = new CharsRefBuilder();
            for (String token : tokens) {
                if (joined.length() > 0) {
                    joined.append(SynonymMap.WORD_SEPARATOR);
                }
                joined.append(token);
            }
            return Optional.of(joined.toCharsRef());
        }
    }
}

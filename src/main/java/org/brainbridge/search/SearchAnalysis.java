package org.brainbridge.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.analysis.Analyzers;
import org.brainbridge.search.analysis.Tokens;
import org.springframework.stereotype.Component;

/** Which analyzer each field of the index uses; the analyzers themselves live in {@code search.analysis}. */
@Component
class SearchAnalysis {

    private final Analyzers analyzers;
    private final Analyzer indexing;
    private final Analyzer querying;
    private final Map<String, NodeKind> kindWords;

    SearchAnalysis(SearchProperties properties) {
        this.analyzers = new Analyzers(java.util.Optional.ofNullable(properties.dictionaryDir()));
        this.indexing = perField(analyzers.text(), analyzers.nameBigrams());
        this.querying = perField(analyzers.textQuery(), analyzers.nameBigramsQuery());
        this.kindWords = kindWords(analyzers.kindWords());
    }

    /** Folded kind word → its kind; a kind the schema does not have stops start-up with the file and the kind named. */
    private static Map<String, NodeKind> kindWords(Map<String, List<String>> byKind) {
        Map<String, NodeKind> words = new java.util.HashMap<>();
        byKind.forEach((name, list) -> {
            NodeKind kind = java.util.Arrays.stream(NodeKind.values())
                    .filter(k -> k.name().equals(name.strip().toUpperCase(java.util.Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("kind-words.txt: unknown kind '%s' (one of %s)"
                            .formatted(name, java.util.Arrays.toString(NodeKind.values()))));
            list.forEach(word -> words.put(fold(word), kind));
        });
        return Map.copyOf(words);
    }

    /** Kind words, folded (see kind-words.txt). */
    Map<String, NodeKind> kindWords() {
        return kindWords;
    }

    private Analyzer perField(Analyzer text, Analyzer bigrams) {
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        SearchFields.NAME,
                        text,
                        SearchFields.TEXT,
                        text,
                        SearchFields.NEIGHBOURS,
                        text,
                        SearchFields.TOPICS,
                        text,
                        SearchFields.NAME_BIGRAM,
                        bigrams,
                        SearchFields.NAME_PINYIN,
                        analyzers.pinyin(),
                        SearchFields.NAME_SYLLABLES,
                        analyzers.pinyinSyllables(),
                        SearchFields.SUGGEST,
                        analyzers.suggest()));
    }

    /** A digest of the data files that shape index tokens: an index written under another is rebuilt. */
    String indexingData() {
        return analyzers.indexingData();
    }

    /** Analyzers per field for documents. */
    Analyzer indexing() {
        return indexing;
    }

    /** Analyzers per field for queries (synonyms expand here; the index holds one concept token per line). */
    Analyzer querying() {
        return querying;
    }

    /** The Latin words of the synonym files, lower-cased: what misspelt words are corrected to. */
    java.util.Set<String> vocabulary() {
        return analyzers.vocabulary();
    }

    /** The dictionary's Chinese words that sound like what was typed: a homophone typed by mistake, or pinyin. */
    List<String> soundsLike(String typed) {
        return analyzers.soundsLike(typed);
    }

    /** A whole synonym form typed (EEG → ≡脑电) as its concept; {@link Concept#NONE} for anything else. */
    Concept concept(String typed) {
        List<String> terms = analyzers.concepts(typed);
        if (terms.isEmpty()) {
            return Concept.NONE;
        }
        List<String> parts = SearchQueryBuilder.isLatin(typed) ? List.of() : analyzers.parts(typed);
        return new Concept(terms, parts.size() > 1 ? parts : List.of());
    }

    /** Abbreviations and common names of regions, by the region's name in the tree. */
    List<String> regionAliases(String regionName) {
        return analyzers.regionAliases().getOrDefault(regionName, List.of());
    }

    Analyzer text() {
        return analyzers.text();
    }

    /** What was typed so far as the one normalised token the suggest field is searched with; empty if nothing. */
    String suggestToken(String prefix) {
        List<String> tokens = Tokens.of(analyzers.suggestQuery(), prefix);
        return tokens.isEmpty() ? "" : tokens.getFirst();
    }

    /** Tokens the indexing analysis makes of a text: of a name in every name field, else in the text field. */
    long countTokens(String text, boolean asName) {
        List<String> fields = asName
                ? List.of(
                        SearchFields.NAME,
                        SearchFields.NAME_BIGRAM,
                        SearchFields.NAME_PINYIN,
                        SearchFields.NAME_SYLLABLES,
                        SearchFields.SUGGEST)
                : List.of(SearchFields.TEXT);
        long count = 0;
        for (String field : fields) {
            try (var stream = indexing.tokenStream(field, text)) {
                stream.reset();
                while (stream.incrementToken()) {
                    count++;
                }
                stream.end();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return count;
    }

    /** Whether the suggestion terms of a name (its words, pinyin and initials) complete a suggestion token. */
    boolean suggests(String name, String token) {
        String folded = fold(name);
        if (folded.startsWith(token) || folded.replace(" ", "").startsWith(token)) {
            return true; // what was typed begins the name itself: no need to analyse it
        }
        return analyzers.suggests(name, token);
    }

    /** Folds width and case the way the analyzers do, for exact-name and prefix matching. */
    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
    }
}

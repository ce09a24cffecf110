package org.brainbridge.search.analysis;

import java.io.Reader;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for names, descriptions and neighbour text: normalised text, ICU word segmentation, domain terms
 * re-joined, English words stemmed; at index time the concept tokens of synonym forms ({@link Concepts}), at query
 * time the synonyms themselves.
 *
 * <p>KStem rather than Porter: it maps words to dictionary words (interfaces → interface, stimulation → stimulate)
 * where Porter leaves stubs (interfac, stimul), so tokens stay readable in debugging and highlighting. It only touches
 * tokens made of ASCII letters, so Chinese tokens pass through untouched. Acronyms from the synonym file are protected
 * from it (fnirs would otherwise lose its s).
 *
 * <p>Stemming runs before the synonym filter, and the synonym rules are analysed by this same chain, so that
 * "brain computer interfaces" in a query still meets the rule written as "brain-computer interface".
 */
final class TextAnalyzer extends Analyzer {

    private final CharNormalization normalization;
    private final Segmenter segmenter;
    private final Optional<DomainDictionary> dictionary;
    private final DomainTermFilter.Mode mode;
    private final CharArraySet protectedWords;
    private final Optional<SynonymMap> synonyms;
    private final Optional<Concepts> concepts;
    private final KeptTokens kept = new KeptTokens();

    TextAnalyzer(
            CharNormalization normalization,
            Segmenter segmenter,
            Optional<DomainDictionary> dictionary,
            DomainTermFilter.Mode mode,
            CharArraySet protectedWords,
            Optional<SynonymMap> synonyms) {
        this(normalization, segmenter, dictionary, mode, protectedWords, synonyms, Optional.empty());
    }

    /** With {@code concepts}, an index-time analyzer that adds the concept tokens of synonym forms. */
    TextAnalyzer(
            CharNormalization normalization,
            Segmenter segmenter,
            Optional<DomainDictionary> dictionary,
            DomainTermFilter.Mode mode,
            CharArraySet protectedWords,
            Optional<SynonymMap> synonyms,
            Optional<Concepts> concepts) {
        this.concepts = concepts;
        this.normalization = normalization;
        this.segmenter = segmenter;
        this.dictionary = dictionary;
        this.mode = mode;
        this.protectedWords = protectedWords;
        this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return reader; // the segmenter's tokenizer normalises
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return normalization.wrap(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Segmenter.SegmentedTokenizer tokenizer = segmenter.tokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        if (dictionary.isPresent()) {
            stream = new DomainTermFilter(stream, dictionary.get(), mode);
        }
        stream = new StemGuard(stream, protectedWords);
        stream = new KStemFilter(stream);
        if (synonyms.isPresent()) {
            // ignoreCase false: both the rules and the text are already case-folded by NFKC_Casefold.
            stream = new SynonymGraphFilter(stream, synonyms.get(), false);
        } else {
            if (concepts.isPresent()) {
                stream = new ConceptFilter(stream, concepts.get());
            }
            // Index-time text recurs (neighbours' names, topics); query-time text is short-lived and varied.
            stream = kept.filter(stream, tokenizer);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}

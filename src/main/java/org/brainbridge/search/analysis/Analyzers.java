package org.brainbridge.search.analysis;

import java.io.Closeable;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of BrainBridge search, built once from the curated data files under {@code search/} on the class path
 * (domain-dictionary.txt, synonyms.txt, pinyin-exceptions.txt) plus, when given, the files of the same names in an
 * overrides folder, appended to them.
 *
 * <p>Every analyzer first applies NFKC with case folding (full-width ＢＣＩ → bci) and traditional → simplified Chinese.
 * Lucene analyzers are thread-safe and reuse their token streams per thread: build one {@code Analyzers} and share it.
 *
 * <table>
 *   <caption>Which analyzer for which field</caption>
 *   <tr><th>field</th><th>index with</th><th>query with</th></tr>
 *   <tr><td>names, descriptions, neighbour text</td><td>{@link #text()}</td><td>{@link #textQuery()}</td></tr>
 *   <tr><td>names as CJK bigrams (short forms, unknown names)</td><td>{@link #nameBigrams()}</td>
 *       <td>{@link #nameBigrams()}</td></tr>
 *   <tr><td>names in pinyin</td><td>{@link #pinyin()}</td><td>{@link #pinyin()}</td></tr>
 *   <tr><td>names as pinyin syllables (phrases)</td><td>{@link #pinyinSyllables()}</td>
 *       <td>{@link #pinyinSyllables()}</td></tr>
 *   <tr><td>name suggestions (prefixes)</td><td>{@link #suggest()}</td><td>{@link #suggestQuery()}</td></tr>
 * </table>
 *
 * <p><b>Synonyms are expanded at query time; the index holds one concept token per synonym line</b> wherever one of
 * its forms stands ({@link Concepts}). A word typed as a whole form (EEG, 「脑机接口」, "brain computer interface") is
 * searched as its concept, one term per field; any other text goes through the synonym graph of
 * {@link #textQuery()}. Multi-word synonyms keep correct positions (SynonymGraphFilter's graph is only exact at query
 * time; the concept token spans its form without shifting the words). The index records a digest of the files that
 * shape its tokens, synonyms among them ({@link #indexingData()}), and is rebuilt when they change.
 *
 * <p>Fuzzy matching ("rehabilitaion") is the query's job, not the analyzers': use {@link Analyzer#normalize} of these
 * analyzers on the query string for fuzzy, prefix and wildcard terms.
 */
public final class Analyzers implements Closeable {

    /** The longest prefix the suggestion field indexes; {@link #suggestQuery()} truncates to it so long input matches. */
    public static final int MAX_SUGGEST_PREFIX = 24;

    /** Prefixes up to this length are indexed as terms of their own; longer ones are matched by prefix. */
    public static final int SUGGEST_GRAMS = 3;

    /**
     * The query for a suggestion prefix (a token of {@link #suggestQuery()}) on a field analysed by {@link #suggest()}:
     * a term for a short prefix, a prefix query over whole sources for a longer one.
     */
    public static org.apache.lucene.search.Query suggestionQuery(String field, String token) {
        org.apache.lucene.index.Term term = new org.apache.lucene.index.Term(field, token);
        return token.codePointCount(0, token.length()) <= SUGGEST_GRAMS
                ? new org.apache.lucene.search.TermQuery(term)
                : new org.apache.lucene.search.PrefixQuery(term);
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Analyzer text;
    private final Analyzer conceptForms;
    private final Analyzer parts;
    private final Concepts concepts;
    private final Analyzer textQuery;
    private final Analyzer nameBigrams;
    private final Analyzer nameBigramsQuery;
    private final Analyzer pinyin;
    private final Analyzer pinyinSyllables;
    private final Analyzer suggest;
    private final Analyzer suggestQuery;
    private final Analyzer suggestSources;
    private final SuggestionCheck suggestionCheck;
    private final List<Analyzer> all;
    private final Map<String, List<String>> regionAliases;
    private final Map<String, List<String>> kindWords;
    private final java.util.Set<String> vocabulary;
    private final SoundsLike soundsLike;
    private final String indexingData;

    /** The analyzers from the shipped data files only. */
    public Analyzers() {
        this(Optional.empty());
    }

    /**
     * @param overrides a folder whose domain-dictionary.txt, synonyms.txt and pinyin-exceptions.txt (each optional)
     *     are appended to the shipped files; it must exist when given
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public Analyzers(Optional<Path> overrides) {
        DataFiles files = new DataFiles(overrides);
        this.indexingData = files.digest(List.of(
                DataFiles.DICTIONARY, DataFiles.PINYIN_EXCEPTIONS, DataFiles.REGION_ALIASES, DataFiles.SYNONYMS));
        this.regionAliases = DataFiles.namedLists(files.lines(DataFiles.REGION_ALIASES), "region name");
        this.kindWords = DataFiles.namedLists(files.lines(DataFiles.KIND_WORDS), "KIND");
        CharNormalization normalization = new CharNormalization();
        Segmenter segmenter = new Segmenter(normalization);
        DomainDictionary dictionary = DomainDictionary.load(files.lines(DataFiles.DICTIONARY), normalization);
        List<DataFiles.Source> synonymSources = files.sources(DataFiles.SYNONYMS);
        CharArraySet acronyms = SynonymRules.acronyms(synonymSources);
        this.vocabulary = SynonymRules.latinWords(synonymSources);
        PinyinReadings readings = PinyinReadings.load(files.lines(DataFiles.PINYIN_EXCEPTIONS), normalization);
        java.util.Set<String> hanTerms = new java.util.HashSet<>(dictionary.terms());
        hanTerms.addAll(SynonymRules.hanTerms(synonymSources, normalization));
        this.soundsLike = new SoundsLike(hanTerms, readings);

        Optional<DomainDictionary> dict = Optional.of(dictionary);
        this.conceptForms = new TextAnalyzer(
                normalization, segmenter, dict, DomainTermFilter.Mode.LONGEST_TERM, acronyms, Optional.empty());
        this.concepts = new Concepts(synonymSources, conceptForms);
        this.text = new TextAnalyzer(
                normalization,
                segmenter,
                dict,
                DomainTermFilter.Mode.ALL_TERMS,
                acronyms,
                Optional.empty(),
                Optional.of(concepts));
        this.parts = new TextAnalyzer(
                normalization,
                segmenter,
                Optional.empty(),
                DomainTermFilter.Mode.ALL_TERMS,
                acronyms,
                Optional.empty());
        try (Analyzer rules = new TextAnalyzer(
                normalization, segmenter, dict, DomainTermFilter.Mode.LONGEST_TERM, acronyms, Optional.empty())) {
            SynonymMap synonyms = SynonymRules.build(synonymSources, dictionary, rules, parts);
            this.textQuery = new TextAnalyzer(
                    normalization,
                    segmenter,
                    dict,
                    DomainTermFilter.Mode.LONGEST_TERM,
                    acronyms,
                    Optional.of(synonyms));
        }
        this.nameBigrams = new Chain(
                normalization,
                // cjkAsWords=false: one token per Han character, which the bigram filter pairs up.
                () -> new ICUTokenizer(new DefaultICUTokenizerConfig(false, true)),
                in -> new CJKBigramFilter(in, CJKBigramFilter.HAN, true));
        this.nameBigramsQuery = new Chain(
                normalization,
                () -> new ICUTokenizer(new DefaultICUTokenizerConfig(false, true)),
                in -> new CJKBigramFilter(in, CJKBigramFilter.HAN, false));
        this.pinyin = new Chain(normalization, segmenter::tokenizer, in -> new PinyinFilter(in, readings));
        this.pinyinSyllables =
                new Chain(normalization, segmenter::tokenizer, in -> new PinyinSyllableFilter(in, readings));
        // Builds the syllable table now, at start-up, rather than in the first query typed in pinyin.
        PinyinSyllables.isSyllable("a");
        this.suggest = new Chain(
                normalization,
                segmenter::tokenizer,
                // Short prefixes are indexed as grams (one term lookup for the busiest queries), longer ones are
                // found by a prefix query over the whole sources: a sixth of the terms full grams would make.
                in -> new SuggestFilter(in, readings));
        // What SuggestFilter reads, for checking a name against a typed prefix without making every term of it.
        this.suggestSources = new Chain(normalization, segmenter::tokenizer, in -> in);
        this.suggestionCheck = new SuggestionCheck(suggestSources, readings);
        this.suggestQuery = new Chain(
                normalization,
                KeywordTokenizer::new,
                in -> new LengthFilter(
                        new TruncateTokenFilter(
                                new PatternReplaceFilter(in, NOT_LETTER_OR_DIGIT, "", true), MAX_SUGGEST_PREFIX),
                        1,
                        Integer.MAX_VALUE));
        this.all = List.of(
                text,
                conceptForms,
                parts,
                textQuery,
                nameBigrams,
                nameBigramsQuery,
                pinyin,
                pinyinSyllables,
                suggest,
                suggestQuery,
                suggestSources);
    }

    /**
     * Index-time analyzer for names, descriptions and neighbour text: ICU word segmentation, domain terms the segmenter
     * splits joined back (脑 | 机 | 接口 also gives 脑机 and 脑机接口, stacked on 脑), English words stemmed (KStem),
     * acronyms from the synonym file left alone, and a concept token stacked on every synonym form ({@link
     * #concepts(String)}); not the synonyms themselves.
     */
    public Analyzer text() {
        return text;
    }

    /**
     * Query-time analyzer for the {@link #text()} fields: the longest dictionary term instead of its parts, then the
     * bilingual synonyms as a token graph (BCI → bci | 脑机接口 | 脑 机 接口 | brain computer interface …), which
     * Lucene's QueryBuilder turns into alternatives.
     */
    public Analyzer textQuery() {
        return textQuery;
    }

    /**
     * Names as overlapping CJK character bigrams plus single characters, Latin words lower-cased: matches short forms
     * and names the segmenter does not know (念康 in 瑶湖念康电子科技股份有限公司). Query with {@link #nameBigramsQuery()}.
     */
    public Analyzer nameBigrams() {
        return nameBigrams;
    }

    /**
     * Query-time analyzer for {@link #nameBigrams()}: the bigrams alone (a character on its own stays a unigram).
     * Unigrams stacked on bigrams would make every reading of a long query an alternative of its own, 2ⁿ paths that
     * all require the same characters.
     */
    public Analyzer nameBigramsQuery() {
        return nameBigramsQuery;
    }

    /**
     * Names in pinyin, every reading of polyphonic characters (see {@code pinyin-exceptions.txt} for phrases that fix
     * them): per word its spellings (yinhang), initials (yh) and syllables (yin, hang); for the whole name its
     * spellings (nanchangyinhang) and initials (ncyh). Latin words stay as they are, so the same analyzer serves
     * queries typed in pinyin ("nc yh", yinhang) or in Chinese.
     */
    public Analyzer pinyin() {
        return pinyin;
    }

    /**
     * Names as one position per pinyin syllable, for phrase queries: a Han character becomes its readings (stacked),
     * a Latin word written in pinyin its syllables (jiqiren → ji qi ren), other words stay. Same analyzer at query time,
     * so "kangfu jiqiren" matches 康复机器人 inside a longer name, and 电级 matches 电极 by sound.
     */
    public Analyzer pinyinSyllables() {
        return pinyinSyllables;
    }

    /**
     * Index-time analyzer for name suggestions: every prefix (up to {@link #MAX_SUGGEST_PREFIX} characters) of the
     * name from each of its words on, and of the whole name's pinyin and initials. Query it with a term query on the
     * single token of {@link #suggestQuery()}.
     */
    public Analyzer suggest() {
        return suggest;
    }

    /** What the user typed so far, as one normalised token without spaces or punctuation (ＮＣ ｙｈ → ncyh). */
    public Analyzer suggestQuery() {
        return suggestQuery;
    }

    /**
     * Whether {@link #suggest()} makes a term of a name that a token of {@link #suggestQuery()} finds: the token itself
     * when it has at most {@link #SUGGEST_GRAMS} characters, else a term it begins. Decided from the suggestion
     * sources directly, and from their pinyin forms only for a token in Latin letters: a name shown as a suggestion is
     * checked with every request, and making all its terms was a fifth of a suggestion's CPU.
     */
    public boolean suggests(String name, String token) {
        return suggestionCheck.suggests(name, token);
    }

    /**
     * The concept tokens a whole typed word or phrase stands for (EEG → ≡脑电; see {@link Concepts}): one term per
     * field finds every form of it. Empty when the text is not one whole form of a synonym line.
     */
    public List<String> concepts(String typed) {
        return concepts.of(Tokens.of(conceptForms, typed));
    }

    /**
     * The syllables of a lower-case Latin word written in toneless pinyin without spaces (jiqiren → ji, qi, ren); empty
     * when the word is not pinyin (robot, eeg).
     */
    public static List<String> pinyinSyllables(String word) {
        return PinyinSyllables.split(word);
    }

    /** Whether an index token is a concept token ({@code ≡脑电}) rather than a word of the text. */
    public static boolean isConcept(CharSequence token) {
        return token.length() > 0 && token.charAt(0) == Concepts.MARK.charAt(0);
    }

    /** The words ICU splits a text into, without the dictionary's joins (脑机接口 → 脑, 机, 接口). */
    public List<String> parts(String text) {
        return Tokens.of(parts, text);
    }

    /**
     * A digest of the data files that shape index tokens (the dictionary, synonyms, pinyin exceptions, region
     * aliases): an index written under another digest is out of date and must be rebuilt.
     */
    public String indexingData() {
        return indexingData;
    }

    /**
     * The Latin words of the synonym files, lower-cased (eeg, rehabilitation, exoskeleton …): the vocabulary a
     * misspelt query word is corrected against.
     */
    public java.util.Set<String> vocabulary() {
        return vocabulary;
    }

    /**
     * The dictionary's Chinese words that sound like what was typed (a homophone typed by mistake, or pinyin): see
     * {@link SoundsLike#of}.
     */
    public List<String> soundsLike(String typed) {
        return soundsLike.of(typed);
    }

    /**
     * Other names of regions (region-aliases.txt): the region's name as the tree has it → abbreviations and common
     * names people type (上海市 → 沪, 上海).
     */
    public Map<String, List<String>> regionAliases() {
        return regionAliases;
    }

    /**
     * Words that name a kind of node (kind-words.txt): the kind as the schema names it (ENTERPRISE) → the words, as
     * written. Next to other words a kind word narrows a search to its kind.
     */
    public Map<String, List<String>> kindWords() {
        return kindWords;
    }

    /** What the suggestion analyzers keep of a string: its letters and digits. */
    static String lettersAndDigits(String text) {
        // A loop, not the pattern: this runs for every suggestion source of every name indexed.
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @Override
    public void close() {
        all.forEach(Analyzer::close);
    }

    /** An analyzer made of the common normalisation, a tokenizer and filters. */
    private static final class Chain extends Analyzer {

        private final CharNormalization normalization;
        private final Supplier<Tokenizer> tokenizer;
        private final Function<TokenStream, TokenStream> filters;
        private final boolean segmenting;

        Chain(
                CharNormalization normalization,
                Supplier<Tokenizer> tokenizer,
                Function<TokenStream, TokenStream> filters) {
            this.normalization = normalization;
            this.tokenizer = tokenizer;
            this.filters = filters;
            this.segmenting = tokenizer.get() instanceof Segmenter.SegmentedTokenizer;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            // The segmenter's tokenizer normalises what it segments (and keeps the result): not twice.
            return segmenting ? reader : normalization.wrap(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return normalization.wrap(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer.get();
            return new TokenStreamComponents(source, filters.apply(source));
        }
    }
}

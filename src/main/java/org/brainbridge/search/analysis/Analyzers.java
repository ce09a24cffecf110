package org.brainbridge.search.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzers of BrainBridge search, built once from the curated data files under {@code search/} on the class path
 * (domain-dictionary.txt, synonyms.txt) plus, when given, the files of the same names in an
 * overrides folder, appended to them.
 *
 * <p>Every analyzer first applies NFKC with case folding (full-width ＢＣＩ → bci) and traditional → simplified Chinese.
 * Lucene analyzers are thread-safe and reuse their token streams per thread: build one {@code Analyzers} and share it.
 *
 * <table>
 *   <caption>Which analyzer for which field</caption>
 *   <tr><th>field</th><th>index with</th><th>query with</th></tr>
 *   <tr><td>names, descriptions, neighbour text</td><td>{@link #text()}</td><td>{@link #textQuery()}</td></tr>
 * </table>
 *
 * <p><b>Synonyms are applied at query time only.</b> A curator's new synonym then works without re-indexing, multi-word
 * synonyms (brain computer interface) keep correct positions (SynonymGraphFilter's graph is only exact at query time),
 * and the index stays smaller. A new dictionary term changes index tokens, so re-index for it to take full effect;
 * until then documents still match through the term's parts.
 *
 * <p>Fuzzy matching ("rehabilitaion") is the query's job, not the analyzers': use {@link Analyzer#normalize} of these
 * analyzers on the query string for fuzzy, prefix and wildcard terms.
 */
public final class Analyzers implements Closeable {

    private final Analyzer text;
    private final Analyzer textQuery;
    private final List<Analyzer> all;

    /** The analyzers from the shipped data files only. */
    public Analyzers() {
        this(Optional.empty());
    }

    /**
     * @param overrides a folder whose domain-dictionary.txt and synonyms.txt (each optional)
     *     are appended to the shipped files; it must exist when given
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public Analyzers(Optional<Path> overrides) {
        DataFiles files = new DataFiles(overrides);
        CharNormalization normalization = new CharNormalization();
        DomainDictionary dictionary = DomainDictionary.load(files.lines(DataFiles.DICTIONARY), normalization);
        List<DataFiles.Source> synonymSources = files.sources(DataFiles.SYNONYMS);
        CharArraySet acronyms = SynonymRules.acronyms(synonymSources);

        Optional<DomainDictionary> dict = Optional.of(dictionary);
        this.text = new TextAnalyzer(normalization, dict, DomainTermFilter.Mode.ALL_TERMS, acronyms, Optional.empty());
        try (Analyzer rules = new TextAnalyzer(
                        normalization, dict, DomainTermFilter.Mode.LONGEST_TERM, acronyms, Optional.empty());
                Analyzer parts = new TextAnalyzer(
                        normalization, Optional.empty(), DomainTermFilter.Mode.ALL_TERMS, acronyms, Optional.empty())) {
            SynonymMap synonyms = SynonymRules.build(synonymSources, dictionary, rules, parts);
            this.textQuery = new TextAnalyzer(
                    normalization, dict, DomainTermFilter.Mode.LONGEST_TERM, acronyms, Optional.of(synonyms));
        }
        this.all = List.of(text, textQuery);
    }

    /**
     * Index-time analyzer for names, descriptions and neighbour text: ICU word segmentation, domain terms the segmenter
     * splits joined back (脑 | 机 | 接口 also gives 脑机 and 脑机接口, stacked on 脑), English words stemmed (KStem),
     * acronyms from the synonym file left alone. No synonyms.
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

    /** The terms an analyzer produces for a text, in order (stacked terms follow the term they stack on). */
    public static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The terms by position, for reading token graphs: positions separated by spaces, terms stacked on one position
     * joined by '/'. {@code 脑/脑机/脑机接口 机 接口} is three positions, with 脑机 and 脑机接口 starting on the first.
     */
    public static String positions(Analyzer analyzer, String text) {
        StringBuilder out = new StringBuilder();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!out.isEmpty()) {
                    out.append(posInc.getPositionIncrement() == 0 ? "/" : " ");
                }
                out.append(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        all.forEach(Analyzer::close);
    }
}

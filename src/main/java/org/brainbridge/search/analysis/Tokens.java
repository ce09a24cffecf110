package org.brainbridge.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Reading what an analyzer makes of a text: its terms, whether one passes a test, its token graph by position. */
public final class Tokens {

    private Tokens() {}

    /** The terms an analyzer produces for a text, in order (stacked terms follow the term they stack on). */
    public static List<String> of(Analyzer analyzer, String text) {
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
     * Whether any token of the text passes the test; stops at the first that does. For analyzers that keep nothing
     * between texts: a stream left half-read must not leave a cache half-filled.
     */
    public static boolean anyToken(Analyzer analyzer, String text, Predicate<CharTermAttribute> test) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean found = false;
            while (!found && stream.incrementToken()) {
                found = test.test(term);
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}

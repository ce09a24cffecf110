package org.brainbridge.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Whether the suggestion terms of a name complete a typed token ({@link Analyzers#suggests}), decided from the tokens
 * {@link SuggestFilter} reads, through {@link PinyinForms#suggests}.
 */
final class SuggestionCheck {

    private final Analyzer sources;
    private final PinyinReadings readings;

    /** {@code sources}: the suggestion analyzer's tokenizer without its filter. */
    SuggestionCheck(Analyzer sources, PinyinReadings readings) {
        this.sources = sources;
        this.readings = readings;
    }

    boolean suggests(String name, String token) {
        if (token.isEmpty()) {
            return false;
        }
        try (TokenStream stream = sources.tokenStream("", name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            List<PinyinForms.Token> tokens = PinyinFilter.readName(stream, term, type, offset);
            stream.end();
            return !tokens.isEmpty() && PinyinForms.of(tokens, readings).suggests(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

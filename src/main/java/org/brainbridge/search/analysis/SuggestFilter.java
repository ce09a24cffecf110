package org.brainbridge.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The suggestion terms of a name, all at one position: the strings whose prefixes suggest it (see {@link
 * PinyinForms#suggestionSources()}: the name from each of its words on, and from each character of a brand the
 * segmenter did not know, 瑶湖念康电子科技…, 念康电子科技…, 电子科技…, with their pinyin spellings and initials), each cut
 * to {@link Analyzers#MAX_SUGGEST_PREFIX} characters, and their first one to {@link Analyzers#SUGGEST_GRAMS} characters
 * as terms of their own; each term once.
 *
 * <p>What a truncate, edge n-gram and remove-duplicates filter would make of the sources, made directly: a name has
 * dozens of sources, and passing each gram through three filters' captured states cost more than finding the sources.
 */
final class SuggestFilter extends TokenFilter {

    private final PinyinReadings readings;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> terms = new ArrayDeque<>();
    private boolean read;
    private boolean first;
    private int start;
    private int end;

    SuggestFilter(TokenStream input, PinyinReadings readings) {
        super(input);
        this.readings = readings;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            read = true;
            first = true;
            List<PinyinForms.Token> tokens = PinyinFilter.readName(input, termAtt, typeAtt, offsetAtt);
            if (!tokens.isEmpty()) {
                start = tokens.getFirst().start();
                end = tokens.getLast().end();
                terms.addAll(terms(PinyinForms.of(tokens, readings).suggestionSources()));
            }
        }
        String next = terms.poll();
        if (next == null) {
            return false;
        }
        clearAttributes();
        termAtt.setEmpty().append(next);
        offsetAtt.setOffset(start, end);
        posIncAtt.setPositionIncrement(first ? 1 : 0);
        first = false;
        return true;
    }

    /** Each source cut to the longest prefix indexed, and its shortest prefixes as grams. */
    static Set<String> terms(List<String> sources) {
        Set<String> terms = new LinkedHashSet<>();
        for (String source : sources) {
            String cut = source.length() > Analyzers.MAX_SUGGEST_PREFIX
                    ? source.substring(0, Analyzers.MAX_SUGGEST_PREFIX)
                    : source;
            int codePoints = cut.codePointCount(0, cut.length());
            for (int n = 1; n <= Math.min(codePoints, Analyzers.SUGGEST_GRAMS); n++) {
                terms.add(cut.substring(0, cut.offsetByCodePoints(0, n)));
            }
            if (codePoints > Analyzers.SUGGEST_GRAMS) {
                terms.add(cut);
            }
        }
        return terms;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms.clear();
        read = false;
    }
}

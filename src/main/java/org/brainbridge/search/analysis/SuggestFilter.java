package org.brainbridge.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The strings whose prefixes suggest a name, all at one position (see {@link PinyinForms#suggestionSources()}): the
 * name from each of its words on, and from each character of a brand the segmenter did not know (瑶湖念康电子科技…,
 * 念康电子科技…, 电子科技…), with their pinyin spellings and initials. An edge n-gram filter after it makes the
 * prefixes.
 */
final class SuggestFilter extends TokenFilter {

    private final PinyinReadings readings;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> sources = new ArrayDeque<>();
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
                sources.addAll(PinyinForms.of(tokens, readings).suggestionSources());
            }
        }
        String source = sources.poll();
        if (source == null) {
            return false;
        }
        clearAttributes();
        termAtt.setEmpty().append(source);
        offsetAtt.setOffset(start, end);
        posIncAtt.setPositionIncrement(first ? 1 : 0);
        first = false;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        sources.clear();
        read = false;
    }
}

package org.brainbridge.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * Replaces the ICU words of a name by their pinyin, so that 南昌银行 is found by nanchangyinhang, ncyh, "nanchang
 * yinhang", "nc yh", yinhang or "yin hang", and a query typed in Chinese with a homophone still meets it.
 *
 * <p>One position per word, holding the word's spellings (every combination of its characters' readings, up to
 * {@link PinyinForms#MAX_READINGS}), its initials and its syllables; the whole name's spellings and initials are stacked
 * on the first word. Latin and number words stay as they are. The field is for term queries: positions only separate
 * words.
 *
 * <p>A name is read whole before anything is emitted (the full forms need every word); only its first
 * {@link #MAX_TOKENS} tokens count, which bounds the work on text that is not a name.
 */
final class PinyinFilter extends TokenFilter {

    static final int MAX_TOKENS = 64;
    static final String SPELLING = "<PINYIN>";
    static final String INITIALS = "<PINYIN_INITIALS>";
    static final String SYLLABLE = "<PINYIN_SYLLABLE>";

    private record Output(String term, String type, int start, int end, int posInc) {}

    private final PinyinReadings readings;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<Output> outputs = new ArrayDeque<>();
    private boolean read;

    PinyinFilter(TokenStream input, PinyinReadings readings) {
        super(input);
        this.readings = readings;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            read = true;
            prepare(readName(input, termAtt, typeAtt, offsetAtt));
        }
        Output output = outputs.poll();
        if (output == null) {
            return false;
        }
        clearAttributes();
        termAtt.setEmpty().append(output.term());
        typeAtt.setType(output.type());
        offsetAtt.setOffset(output.start(), output.end());
        posIncAtt.setPositionIncrement(output.posInc());
        return true;
    }

    /** Reads the name's first {@link #MAX_TOKENS} tokens and drains the rest. */
    static List<PinyinForms.Token> readName(
            TokenStream input, CharTermAttribute term, TypeAttribute type, OffsetAttribute offset) throws IOException {
        List<PinyinForms.Token> tokens = new ArrayList<>();
        while (input.incrementToken()) {
            if (tokens.size() < MAX_TOKENS) {
                tokens.add(new PinyinForms.Token(
                        term.toString(),
                        DomainTermFilter.HAN_TYPE.equals(type.type()),
                        offset.startOffset(),
                        offset.endOffset()));
            }
        }
        return tokens;
    }

    private void prepare(List<PinyinForms.Token> tokens) {
        PinyinForms forms = PinyinForms.of(tokens, readings);
        List<PinyinForms.Word> words = forms.words();
        for (int i = 0; i < words.size(); i++) {
            PinyinForms.Word word = words.get(i);
            Set<String> seen = new LinkedHashSet<>();
            List<Output> position = new ArrayList<>();
            if (i == 0) {
                int end = words.getLast().end();
                add(position, seen, forms.fullSpellings(), SPELLING, word.start(), end);
                add(position, seen, forms.fullInitials(), INITIALS, word.start(), end);
            }
            add(position, seen, word.spellings(), word.han() ? SPELLING : "<ALPHANUM>", word.start(), word.end());
            add(position, seen, word.initials(), INITIALS, word.start(), word.end());
            add(position, seen, word.syllables(), SYLLABLE, word.start(), word.end());
            for (int j = 0; j < position.size(); j++) {
                Output o = position.get(j);
                outputs.add(new Output(o.term(), o.type(), o.start(), o.end(), j == 0 ? 1 : 0));
            }
        }
    }

    private static void add(
            List<Output> position, Set<String> seen, List<String> terms, String type, int start, int end) {
        for (String term : terms) {
            if (seen.add(term)) {
                position.add(new Output(term, type, start, end, 0));
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        outputs.clear();
        read = false;
    }
}

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
 * One position per syllable, so that pinyin typed with or without spaces matches consecutive characters of a name
 * wherever they are: a Han character becomes its readings stacked on one position (外骨骼 → wai gu ge), a Latin word
 * that is written entirely in pinyin syllables becomes those syllables (waiguge → wai gu ge, "kangfu jiqiren" → kang fu
 * ji qi ren), any other word stays as it is. The same analyzer serves the index and the query, which a phrase query
 * then matches position by position; a Chinese query word matches homophones too (柔性电级 → rou xing dian ji).
 */
final class PinyinSyllableFilter extends TokenFilter {

    static final String SYLLABLE = PinyinFilter.SYLLABLE;

    private record Output(String term, String type, int start, int end, int posInc) {}

    private final PinyinReadings readings;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<Output> outputs = new ArrayDeque<>();
    private boolean read;

    PinyinSyllableFilter(TokenStream input, PinyinReadings readings) {
        super(input);
        this.readings = readings;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            read = true;
            prepare(PinyinFilter.readName(input, termAtt, typeAtt, offsetAtt));
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

    private void prepare(List<PinyinForms.Token> tokens) {
        for (PinyinForms.Word word : PinyinForms.of(tokens, readings).words()) {
            if (word.han()) {
                for (List<String> character : word.readings()) {
                    // A character without a reading still takes its position: it must not join its neighbours.
                    List<String> terms = character.isEmpty() ? List.of("?") : character;
                    for (int i = 0; i < terms.size(); i++) {
                        outputs.add(new Output(terms.get(i), SYLLABLE, word.start(), word.end(), i == 0 ? 1 : 0));
                    }
                }
                continue;
            }
            // An English word that splits only with readings nobody types (…ti o n) stays a word.
            List<String> syllables = PinyinSyllables.asTyped(word.text());
            if (syllables.isEmpty()) {
                outputs.add(new Output(word.text(), "<ALPHANUM>", word.start(), word.end(), 1));
            } else {
                syllables.forEach(s -> outputs.add(new Output(s, SYLLABLE, word.start(), word.end(), 1)));
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

package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final CharNormalization normalization = new CharNormalization();
    private final Segmenter segmenter = new Segmenter(normalization);

    @Test
    void keptSegmentsReplayExactlyWhatIcuMakesOfTheNormalisedText() throws IOException {
        for (String text : List.of(
                "瑶湖念康電子科技股份有限公司",
                "ＢＣＩ headset 脑机接口",
                "Brain-Computer Interfaces, EEG's 脑电采集 (南昌)",
                "湓灵联康复科技股份有限公司（简称“灵联康复”）成立于2005年，位于九江市共青城市，专注于脑机接口康复设备，核心技术包括便携式运动功能重建")) {
            List<String> expected = tokens(new ICUTokenizer(), normalization.wrap(new StringReader(text)));
            assertThat(tokens(segmenter.tokenizer(), new StringReader(text)))
                    .as(text)
                    .isEqualTo(expected);
            assertThat(tokens(segmenter.tokenizer(), new StringReader(text)))
                    .as("again: " + text)
                    .isEqualTo(expected);
        }
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "ＥＥＧ腦電";
        List<String> tokens = tokens(segmenter.tokenizer(), new StringReader(text));
        assertThat(tokens).containsExactly("eeg@0-3:<ALPHANUM>", "脑@3-4:<IDEOGRAPHIC>", "电@4-5:<IDEOGRAPHIC>", "end@5");
    }

    /** Terms with their offsets (and the final offset), as a reader of highlights depends on them. */
    private static List<String> tokens(Tokenizer tokenizer, java.io.Reader text) throws IOException {
        List<String> out = new ArrayList<>();
        try (tokenizer) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
            tokenizer.setReader(text);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + ":" + type.type());
            }
            tokenizer.end();
            out.add("end@" + offset.endOffset());
        }
        return out;
    }
}

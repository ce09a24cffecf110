package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

/** The character table that spares most text the two char filters makes exactly what the filters make. */
class CharNormalizationTest {

    private final CharNormalization normalization = new CharNormalization();

    @Test
    void everyCharacterOfTheBasicPlaneAloneComesOutAsTheFiltersMakeIt() throws IOException {
        List<String> differing = new ArrayList<>();
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String text = String.valueOf((char) c);
            if (!normalised(normalization.wrap(new StringReader(text)))
                    .equals(normalised(normalization.filters(new StringReader(text))))) {
                differing.add(Integer.toHexString(c));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void textInContextMatchesTheFiltersWithTheirOffsets() throws IOException {
        for (String text : List.of(
                "ＢＣＩ 腦機接口 Brain-Computer Interface",
                "瑶湖念康電子科技股份有限公司（简称“念康”）",
                "Café with a combining acute: Cafe\u0301",
                "ﬁle ligature, ㈱ and ① and ½",
                "Ω ohm sign, Å angstrom, K kelvin",
                "𠀀 outside the basic plane, 𫵷",
                "İstanbul ΣΑΣ ß ẞ",
                "")) {
            assertThat(normalised(normalization.wrap(new StringReader(text))))
                    .as(text)
                    .isEqualTo(normalised(normalization.filters(new StringReader(text))));
        }
    }

    @Test
    void plainTextIsMappedWithoutFilters() throws IOException {
        Reader mapped = normalization.wrap(new StringReader("ＥＥＧ腦電 Headset"));
        assertThat(mapped.getClass().getSimpleName()).isEqualTo("MappedText");
        assertThat(normalised(mapped)).isEqualTo("eeg脑电 headset|0,1,2,3,4,5,6,7,8,9,10,11,12,13");
    }

    /** The text the filter yields and, for each output position up to its end, the offset it corrects to. */
    private static String normalised(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7]; // small, so that reads end in the middle of things
        for (int n; (n = reader.read(buffer, 0, buffer.length)) != -1; ) {
            out.append(buffer, 0, n);
        }
        List<String> offsets = new ArrayList<>();
        for (int i = 0; i <= out.length(); i++) {
            offsets.add(String.valueOf(((CharFilter) reader).correctOffset(i)));
        }
        return out + "|" + String.join(",", offsets);
    }
}

package org.brainbridge.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;

/**
 * What every analyzer does to the raw text before tokenizing: Unicode NFKC with case folding (full-width ＢＣＩ becomes
 * bci, half-width katakana and compatibility ideographs fold too), then traditional to simplified Chinese.
 *
 * <p>Both run as char filters, before the tokenizer, so that the ICU word segmenter sees simplified text (its
 * dictionary segments 腦機接口 differently from 脑机接口) and offsets still point into the original text for
 * highlighting.
 */
final class CharNormalization {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** Code point ranges of the CJK ideograph blocks that hold traditional characters. */
    private static final int[][] IDEOGRAPH_RANGES = {
        {0x3400, 0x4DBF}, // extension A
        {0x4E00, 0x9FFF}, // unified ideographs
        {0x20000, 0x2A6DF}, // extension B
    };

    private final NormalizeCharMap traditionalToSimplified;

    CharNormalization() {
        this.traditionalToSimplified = traditionalToSimplifiedMap();
    }

    Reader wrap(Reader reader) {
        return new MappingCharFilter(traditionalToSimplified, new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
    }

    /** The same normalisation for a whole string, as used on dictionary and exception entries at load time. */
    String apply(String text) {
        try (Reader reader = wrap(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            char[] buffer = new char[256];
            for (int n; (n = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * ICU's Traditional-Simplified transliterator, flattened to a character map once. The transliterator itself is not
     * a char filter (Lucene only has it as a token filter, after segmentation), and its rules for Han are per
     * character, so the map loses nothing that matters here.
     */
    private static NormalizeCharMap traditionalToSimplifiedMap() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (int[] range : IDEOGRAPH_RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String traditional = Character.toString(cp);
                String simplified = t2s.transliterate(traditional);
                if (!simplified.equals(traditional)) {
                    map.add(traditional, simplified);
                }
            }
        }
        return map.build();
    }
}

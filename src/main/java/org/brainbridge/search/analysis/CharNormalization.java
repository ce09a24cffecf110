package org.brainbridge.search.analysis;

import com.ibm.icu.text.Normalizer2;
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
 *
 * <p>Traditional to simplified is ICU's Traditional-Simplified transliterator, flattened into a character table
 * ({@code search/traditional-simplified.txt}) because compiling the transliterator's rules takes seconds at start-up
 * and Lucene only offers it as a token filter, after segmentation. Its rules for Han are per character, so the table
 * loses nothing; {@code TraditionalSimplifiedTableTest} checks it against ICU and regenerates it.
 */
final class CharNormalization {

    static final String TABLE = "traditional-simplified.txt";

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private final NormalizeCharMap traditionalToSimplified;

    CharNormalization() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (DataFiles.Line line : DataFiles.shippedLines(TABLE)) {
            String[] pair = line.text().split("\\s+");
            if (pair.length != 2) {
                throw line.error("expected 'traditional simplified'");
            }
            map.add(pair[0], pair[1]);
        }
        this.traditionalToSimplified = map.build();
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
}

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
 *
 * <p>Most text needs neither filter's machinery: when every character of a value maps to one character by itself and
 * never combines with the one before it, the value is mapped through a table of all such characters, offsets unchanged
 * ({@code CharNormalizationTest} checks the table against the two filters). Anything else (combining marks, ligatures,
 * characters outside the basic plane) takes the two filters.
 */
final class CharNormalization {

    static final String TABLE = "traditional-simplified.txt";

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private final NormalizeCharMap traditionalToSimplified;

    /** Each basic-plane character's normalised form where it is one character on its own; 0 where it is not. */
    private final char[] single = new char[Character.MAX_VALUE + 1];

    CharNormalization() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        java.util.Map<Character, String> simplified = new java.util.HashMap<>();
        for (DataFiles.Line line : DataFiles.shippedLines(TABLE)) {
            String[] pair = line.text().split("\\s+");
            if (pair.length != 2) {
                throw line.error("expected 'traditional simplified'");
            }
            map.add(pair[0], pair[1]);
            // A character that begins a longer key is matched with what follows it: never mapped alone.
            if (pair[0].length() == 1) {
                simplified.merge(pair[0].charAt(0), pair[1], (kept, added) -> kept.isEmpty() ? kept : added);
            } else {
                simplified.put(pair[0].charAt(0), "");
            }
        }
        this.traditionalToSimplified = map.build();
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            single[c] = singleOf((char) c, simplified);
        }
    }

    /**
     * What a character becomes when it alone decides: it must start a normalisation segment (so it never composes
     * with what precedes it) and fold, then simplify, to exactly one character; else 0.
     */
    private static char singleOf(char c, java.util.Map<Character, String> simplified) {
        if (Character.isSurrogate(c) || !NFKC_CASEFOLD.hasBoundaryBefore(c)) {
            return 0;
        }
        String folded = NFKC_CASEFOLD.normalize(String.valueOf(c));
        if (folded.length() != 1) {
            return 0;
        }
        String mapped = simplified.getOrDefault(folded.charAt(0), folded);
        return mapped.length() == 1 ? mapped.charAt(0) : 0;
    }

    Reader wrap(Reader reader) {
        char[] text = readAll(reader);
        char[] mapped = mapEach(text);
        return mapped != null ? new MappedText(reader, mapped) : filters(new java.io.CharArrayReader(text));
    }

    /** The two filters, for any text. */
    Reader filters(Reader reader) {
        return new MappingCharFilter(traditionalToSimplified, new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD));
    }

    /** The text mapped character by character, or null when a character must see its neighbours. */
    private char[] mapEach(char[] text) {
        char[] mapped = new char[text.length];
        for (int i = 0; i < text.length; i++) {
            char m = single[text[i]];
            if (m == 0) {
                return null;
            }
            mapped[i] = m;
        }
        return mapped;
    }

    private static char[] readAll(Reader reader) {
        try {
            char[] buffer = new char[256];
            int length = 0;
            for (int n; (n = reader.read(buffer, length, buffer.length - length)) != -1; ) {
                length += n;
                if (length == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
            }
            return java.util.Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text normalised one character for one, so offsets need no correction. */
    private static final class MappedText extends org.apache.lucene.analysis.CharFilter {

        private final char[] text;
        private int next;

        MappedText(Reader input, char[] text) {
            super(input);
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next == text.length) {
                return length == 0 ? 0 : -1;
            }
            int n = Math.min(length, text.length - next);
            System.arraycopy(text, next, buffer, offset, n);
            next += n;
            return n;
        }

        @Override
        protected int correct(int offset) {
            return offset;
        }
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

package org.brainbridge.search.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * ICU word segmentation of normalised text ({@link CharNormalization}), kept for short strings.
 *
 * <p>Segmentation is most of the cost of indexing a name, and a name is indexed in four fields whose analyzers all
 * start with it (words, pinyin, syllables, suggestions); neighbours' names (a technology, a region, a chain segment)
 * recur in thousands of documents. Segmenting such a string once and replaying its tokens is what keeps analysis fast.
 * The result depends on the string alone (normalisation and ICU's rules are fixed), so one cache serves every analyzer
 * and thread.
 */
final class Segmenter {

    /** Longer text (descriptions) is segmented each time: it rarely recurs, and would crowd names out. */
    static final int MAX_KEPT_LENGTH = 64;

    private static final int KEPT_STRINGS = 50_000;

    /** The tokens of one string: offsets point into the original (not normalised) text. */
    record Segments(String[] terms, String[] types, int[] starts, int[] ends, int[] increments, int finalOffset) {}

    private final CharNormalization normalization;
    private final Cache<String, Segments> kept =
            Caffeine.newBuilder().maximumSize(KEPT_STRINGS).build();

    Segmenter(CharNormalization normalization) {
        this.normalization = normalization;
    }

    /** The tokenizer an analyzer starts with; it normalises by itself, so the analyzer must not wrap its reader. */
    SegmentedTokenizer tokenizer() {
        return new SegmentedTokenizer(this);
    }

    Segments segments(String text) {
        return text.length() <= MAX_KEPT_LENGTH ? kept.get(text, this::segment) : segment(text);
    }

    /**
     * One ICU tokenizer per thread: building one clones its break iterators, which cost as much as segmenting a short
     * name.
     */
    private static final ThreadLocal<ICUTokenizer> ICU = ThreadLocal.withInitial(ICUTokenizer::new);

    private Segments segment(String text) {
        List<String> terms = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        ICUTokenizer icu = ICU.get();
        try {
            CharTermAttribute term = icu.addAttribute(CharTermAttribute.class);
            TypeAttribute type = icu.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = icu.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = icu.addAttribute(PositionIncrementAttribute.class);
            icu.setReader(normalization.wrap(new StringReader(text)));
            icu.reset();
            while (icu.incrementToken()) {
                terms.add(term.toString());
                types.add(type.type());
                positions.add(new int[] {offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()});
            }
            icu.end();
            int n = terms.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] increments = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = positions.get(i)[0];
                ends[i] = positions.get(i)[1];
                increments[i] = positions.get(i)[2];
            }
            return new Segments(
                    terms.toArray(String[]::new),
                    types.toArray(String[]::new),
                    starts,
                    ends,
                    increments,
                    offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(icu);
        }
    }

    /** Readies the thread's tokenizer for its next text (closing a string reader never fails). */
    private static void close(ICUTokenizer icu) {
        try {
            icu.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replays the segments of its whole input. */
    static final class SegmentedTokenizer extends Tokenizer {

        private final Segmenter segmenter;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[1024];
        private String read = "";
        private Segments segments;
        private int next;

        SegmentedTokenizer(Segmenter segmenter) {
            this.segmenter = segmenter;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            read = readAll(input);
            segments = null;
            next = 0;
        }

        /** The whole input, read when the stream was reset. */
        String text() {
            return read;
        }

        /** Segmented on first use: a filter that replays kept tokens never asks. */
        private Segments segments() {
            if (segments == null) {
                segments = segmenter.segments(read);
            }
            return segments;
        }

        private String readAll(Reader reader) throws IOException {
            text.setLength(0);
            for (int n; (n = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }

        @Override
        public boolean incrementToken() {
            Segments segments = segments();
            if (next == segments.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(segments.terms()[next]);
            type.setType(segments.types()[next]);
            offset.setOffset(correctOffset(segments.starts()[next]), correctOffset(segments.ends()[next]));
            increment.setPositionIncrement(segments.increments()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(segments().finalOffset());
            offset.setOffset(last, last);
        }
    }
}

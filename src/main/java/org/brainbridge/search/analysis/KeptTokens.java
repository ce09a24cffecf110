package org.brainbridge.search.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The final tokens of an analyzer's short strings, kept and replayed.
 *
 * <p>Neighbours' names and topics (a technology, a region, a partner's name) are most of the text the index analyses,
 * and the same few thousand strings recur in tens of thousands of documents. Segmenting them is already kept by
 * {@link Segmenter}; this keeps what the whole chain of filters makes of them, so a recurring string costs a lookup.
 * An analyzer's output depends on the string alone, so one store serves every thread.
 *
 * <p>Replayed tokens carry what indexing and highlighting read: term, type, offsets, position increment and length.
 * Longer text (descriptions) is analysed each time, as in {@link Segmenter}.
 *
 * <p>The store is bounded by its size in memory, not by a count of strings: a 100,000-node graph has about 100,000
 * distinct neighbours' names (30 MB kept), and a store of 50,000 strings missed often enough that a rebuild spent 13 %
 * more CPU.
 */
final class KeptTokens {

    /**
     * The final tokens of one string, packed: the terms one after another in {@code chars}, and per token
     * {@link #FIELDS} numbers (where its term ends in {@code chars}, start and end offsets into the string, position
     * increment and length). Types are shared strings.
     */
    record Kept(char[] chars, int[] numbers, String[] types, int end) {

        static final int FIELDS = 5;

        int size() {
            return types.length;
        }

        /** Approximate bytes on the heap: what the store's bound counts. */
        int weight() {
            return 64 + 2 * chars.length + 4 * numbers.length + 4 * types.length;
        }
    }

    /** At most this many bytes of kept tokens, about 200,000 names' worth. */
    static final long KEPT_BYTES = 64L << 20;

    private final Cache<String, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((String text, Kept tokens) -> 40 + 2 * text.length() + tokens.weight())
            .build();

    /** Ends a chain that starts with the segmenter's tokenizer, whose input is the key. */
    TokenStream filter(TokenStream chain, Segmenter.SegmentedTokenizer source) {
        return new Replaying(chain, source, kept);
    }

    /** Replays kept tokens, or passes the chain's through and keeps them once it has been read to the end. */
    private static final class Replaying extends TokenFilter {

        private final Segmenter.SegmentedTokenizer source;
        private final Cache<String, Kept> kept;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final StringBuilder chars = new StringBuilder();
        private final List<String> types = new ArrayList<>();
        private int[] numbers = new int[16 * Kept.FIELDS];
        private Kept replay;
        private String recording;
        private boolean exhausted;
        private int next;
        private int replayedChars;

        Replaying(TokenStream input, Segmenter.SegmentedTokenizer source, Cache<String, Kept> kept) {
            super(input);
            this.source = source;
            this.kept = kept;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String text = source.text();
            boolean keepable = text.length() <= Segmenter.MAX_KEPT_LENGTH;
            replay = keepable ? kept.getIfPresent(text) : null;
            recording = keepable && replay == null ? text : null;
            chars.setLength(0);
            types.clear();
            exhausted = false;
            next = 0;
            replayedChars = 0;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (replay != null) {
                return replayNext();
            }
            if (!input.incrementToken()) {
                exhausted = true;
                return false;
            }
            if (recording != null) {
                record();
            }
            return true;
        }

        private void record() {
            int at = types.size() * Kept.FIELDS;
            if (at + Kept.FIELDS > numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, numbers.length * 2);
            }
            chars.append(term.buffer(), 0, term.length());
            types.add(type.type());
            numbers[at] = chars.length();
            numbers[at + 1] = offset.startOffset();
            numbers[at + 2] = offset.endOffset();
            numbers[at + 3] = increment.getPositionIncrement();
            numbers[at + 4] = length.getPositionLength();
        }

        private boolean replayNext() {
            if (next == replay.size()) {
                return false;
            }
            clearAttributes();
            int[] n = replay.numbers();
            int at = next * Kept.FIELDS;
            term.copyBuffer(replay.chars(), replayedChars, n[at] - replayedChars);
            replayedChars = n[at];
            type.setType(replay.types()[next]);
            offset.setOffset(n[at + 1], n[at + 2]);
            increment.setPositionIncrement(n[at + 3]);
            length.setPositionLength(n[at + 4]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            if (replay != null) {
                // The chain below was reset but never read: ending it would make the tokenizer segment for nothing.
                endAttributes();
                offset.setOffset(replay.end(), replay.end());
                return;
            }
            super.end();
            if (recording != null && exhausted && increment.getPositionIncrement() == 0) {
                kept.put(recording, tokens(offset.endOffset()));
            }
        }

        private Kept tokens(int end) {
            char[] packed = new char[chars.length()];
            chars.getChars(0, packed.length, packed, 0);
            return new Kept(
                    packed,
                    java.util.Arrays.copyOf(numbers, types.size() * Kept.FIELDS),
                    types.toArray(String[]::new),
                    end);
        }
    }
}

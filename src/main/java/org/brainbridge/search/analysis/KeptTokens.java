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
 */
final class KeptTokens {

    /** The final tokens of one string; offsets point into the string. */
    record Kept(String[] terms, String[] types, int[] starts, int[] ends, int[] increments, int[] lengths, int end) {}

    private static final int KEPT_STRINGS = 50_000;

    private final Cache<String, Kept> kept =
            Caffeine.newBuilder().maximumSize(KEPT_STRINGS).build();

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
        private final List<String> terms = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<int[]> numbers = new ArrayList<>();
        private Kept replay;
        private String recording;
        private boolean exhausted;
        private int next;

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
            terms.clear();
            types.clear();
            numbers.clear();
            exhausted = false;
            next = 0;
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
                terms.add(term.toString());
                types.add(type.type());
                numbers.add(new int[] {
                    offset.startOffset(),
                    offset.endOffset(),
                    increment.getPositionIncrement(),
                    length.getPositionLength()
                });
            }
            return true;
        }

        private boolean replayNext() {
            if (next == replay.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(replay.terms()[next]);
            type.setType(replay.types()[next]);
            offset.setOffset(replay.starts()[next], replay.ends()[next]);
            increment.setPositionIncrement(replay.increments()[next]);
            length.setPositionLength(replay.lengths()[next]);
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
            int n = terms.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] increments = new int[n];
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                int[] values = numbers.get(i);
                starts[i] = values[0];
                ends[i] = values[1];
                increments[i] = values[2];
                lengths[i] = values[3];
            }
            return new Kept(
                    terms.toArray(String[]::new), types.toArray(String[]::new), starts, ends, increments, lengths, end);
        }
    }
}

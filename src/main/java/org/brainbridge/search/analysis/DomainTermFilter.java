package org.brainbridge.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Re-joins domain terms that the ICU segmenter splits: over a run of adjacent Han tokens (no space or punctuation
 * between them), a concatenation of two or more tokens that is in the {@link DomainDictionary} becomes one token.
 *
 * <p>Joining happens on ICU token boundaries, never inside a token: 电脑机房 segments as 电脑 | 机房, so the 脑机 inside
 * it is (rightly) not a match.
 *
 * <ul>
 *   <li>{@link Mode#ALL_TERMS} (index time) keeps every ICU token and stacks on its first part every dictionary term
 *       that starts there, shortest first (脑 脑机 脑机接口 | 机 | 接口). The joined token spans its parts (position
 *       length), so the stream is a valid token graph whose flattened form is what the index stores; no
 *       FlattenGraphFilter is needed because each joined token starts and ends on part boundaries.
 *   <li>{@link Mode#LONGEST_TERM} (query time) replaces the parts by the longest dictionary term starting at each
 *       token, greedily left to right, and leaves a linear stream, which is what SynonymGraphFilter requires as its
 *       input. The parts come back as a synonym path (see {@link SynonymRules}).
 * </ul>
 */
final class DomainTermFilter extends TokenFilter {

    enum Mode {
        ALL_TERMS,
        LONGEST_TERM
    }

    static final String HAN_TYPE = "<IDEOGRAPHIC>";

    /** A token read ahead: its full state, and what is needed to decide on joins without restoring it. */
    private record Buffered(AttributeSource.State state, String term, boolean han, int start, int end) {}

    /** A joined term waiting to be emitted on top of the state of its first part. */
    private record Joined(AttributeSource.State base, String term, int start, int end, int parts) {}

    private final DomainDictionary dictionary;
    private final Mode mode;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);

    private final List<Buffered> window = new ArrayList<>();
    private final ArrayDeque<Joined> pending = new ArrayDeque<>();
    private boolean exhausted;

    DomainTermFilter(TokenStream input, DomainDictionary dictionary, Mode mode) {
        super(input);
        this.dictionary = dictionary;
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            Joined joined = pending.poll();
            restoreState(joined.base());
            termAtt.setEmpty().append(joined.term());
            offsetAtt.setOffset(joined.start(), joined.end());
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(joined.parts());
            return true;
        }
        if (window.isEmpty()) {
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            if (!HAN_TYPE.equals(typeAtt.type()) || !dictionary.begins(termAtt)) {
                return true; // cannot begin a join: passes as it is, without a captured state
            }
            buffer();
        }
        Buffered head = window.getFirst();
        if (!head.han()) {
            window.removeFirst();
            restoreState(head.state());
            return true;
        }
        fillRun();
        List<Integer> matches = joinsFromHead();
        if (mode == Mode.LONGEST_TERM && !matches.isEmpty()) {
            int last = matches.getLast();
            Buffered end = window.get(last);
            restoreState(head.state());
            termAtt.setEmpty().append(concat(last));
            offsetAtt.setOffset(head.start(), end.end());
            window.subList(0, last + 1).clear();
            return true;
        }
        for (int last : matches) {
            pending.add(new Joined(
                    head.state(), concat(last), head.start(), window.get(last).end(), last + 1));
        }
        window.removeFirst();
        restoreState(head.state());
        return true;
    }

    /** Reads ahead while the run of adjacent Han tokens could still hold a dictionary term starting at the head. */
    private void fillRun() throws IOException {
        if (!dictionary.begins(window.getFirst().term())) {
            return; // no term begins with the head: nothing to read ahead for
        }
        while (true) {
            Buffered last = window.getLast();
            if (!last.han() || windowLength() >= dictionary.longestTerm()) {
                return;
            }
            if (window.size() > 1 && !joinable(window.get(window.size() - 2), last)) {
                return;
            }
            if (!readAhead()) {
                return;
            }
        }
    }

    /** Indexes {@code i} of the window such that the head through token i is a dictionary term, shortest first. */
    private List<Integer> joinsFromHead() {
        StringBuilder joined = new StringBuilder(window.getFirst().term());
        if (!dictionary.begins(joined)) {
            return List.of();
        }
        List<Integer> matches = new ArrayList<>(2);
        for (int i = 1; i < window.size(); i++) {
            Buffered token = window.get(i);
            if (!joinable(window.get(i - 1), token)) {
                break;
            }
            joined.append(token.term());
            if (joined.length() > dictionary.longestTerm()) {
                break;
            }
            if (dictionary.contains(joined)) {
                matches.add(i);
            }
            if (!dictionary.begins(joined)) {
                break;
            }
        }
        return matches;
    }

    private int windowLength() {
        int length = 0;
        for (Buffered token : window) {
            length += token.term().length();
        }
        return length;
    }

    private static boolean joinable(Buffered previous, Buffered next) {
        return previous.han() && next.han() && previous.end() == next.start();
    }

    private String concat(int last) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i <= last; i++) {
            joined.append(window.get(i).term());
        }
        return joined.toString();
    }

    private boolean readAhead() throws IOException {
        if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        buffer();
        return true;
    }

    /** Keeps the token just read in the window. */
    private void buffer() {
        window.add(new Buffered(
                captureState(),
                termAtt.toString(),
                HAN_TYPE.equals(typeAtt.type()),
                offsetAtt.startOffset(),
                offsetAtt.endOffset()));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        window.clear();
        pending.clear();
        exhausted = false;
    }
}

package org.brainbridge.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds a concept token (see {@link Concepts}) on the position where one of its forms starts, spanning the form's
 * positions and characters, so that a highlighter marks the form itself.
 *
 * <p>From the first token that starts a form on, reads the rest of the value's index-time token graph: a form of
 * several tokens (brain computer interface, 头皮 脑电) is a path through it, and a joined dictionary term (脑机接口,
 * stacked on 脑) is one step of such a path as much as its parts are. A concept is added once per position, however
 * many of its forms start there. Tokens before that first one pass straight through.
 *
 * <p>Tokens are kept as the five attributes indexing and {@link KeptTokens} read (term, type, offsets, position
 * increment and length), not as captured states: this filter ends the index chain, and copying every attribute of
 * every token was a sixth of the analyzer's time.
 */
final class ConceptFilter extends TokenFilter {

    private final Concepts concepts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

    /** The value's tokens from the first that starts a form on, as read. */
    private final List<Token> read = new ArrayList<>();

    /** What is emitted: the tokens read with the concepts added. */
    private final List<Token> out = new ArrayList<>();

    private boolean buffering;
    private int position = -1;
    private int next;

    /** A token: its position counts from the value's first, its increment is what it is emitted with. */
    private record Token(String term, String type, int start, int end, int increment, int position, int length) {}

    ConceptFilter(TokenStream input, Concepts concepts) {
        super(input);
        this.concepts = concepts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!buffering) {
            // Tokens before the first that starts a form pass straight through: most values have no form at all.
            if (!input.incrementToken()) {
                return false;
            }
            position += increment.getPositionIncrement();
            if (concepts.startingWith(term.toString()).isEmpty()) {
                return true;
            }
            buffering = true;
            fill();
        }
        if (next == out.size()) {
            return false;
        }
        Token token = out.get(next++);
        clearAttributes();
        term.append(token.term());
        type.setType(token.type());
        offset.setOffset(token.start(), token.end());
        increment.setPositionIncrement(token.increment());
        length.setPositionLength(token.length());
        return true;
    }

    /** Reads the rest of the value from the current token (which starts a form) on, and adds the concepts. */
    private void fill() throws IOException {
        do {
            read.add(new Token(
                    term.toString(),
                    type.type(),
                    offset.startOffset(),
                    offset.endOffset(),
                    increment.getPositionIncrement(),
                    position,
                    length.getPositionLength()));
            if (!input.incrementToken()) {
                break;
            }
            position += increment.getPositionIncrement();
        } while (true);
        Map<Integer, List<Token>> byPosition = new HashMap<>();
        read.forEach(t ->
                byPosition.computeIfAbsent(t.position(), k -> new ArrayList<>()).add(t));
        int last = -1;
        for (Token token : read) {
            out.add(token);
            if (token.position() != last) {
                last = token.position();
                conceptsAt(last, byPosition)
                        .forEach((concept, span) -> out.add(new Token(
                                concept,
                                Concepts.TYPE,
                                token.start(),
                                Math.max(token.start(), span[1]),
                                0,
                                token.position(),
                                span[0])));
            }
        }
    }

    /** Concept → the positions and end offset of its longest form starting at {@code position}. */
    private Map<String, int[]> conceptsAt(int position, Map<Integer, List<Token>> byPosition) {
        Map<String, int[]> found = new LinkedHashMap<>();
        for (Token first : byPosition.get(position)) {
            for (Concepts.Form form : concepts.startingWith(first.term())) {
                int[] span = path(form.tokens(), 1, first, position, byPosition);
                if (span != null) {
                    found.merge(form.concept(), span, (a, b) -> a[0] >= b[0] ? a : b);
                }
            }
        }
        return found;
    }

    /** {@code {positions, end offset}} of the path through {@code tokens[i..]} after {@code at}, or null. */
    private static int[] path(List<String> tokens, int i, Token at, int start, Map<Integer, List<Token>> byPosition) {
        int after = at.position() + at.length();
        if (i == tokens.size()) {
            return new int[] {after - start, at.end()};
        }
        for (Token candidate : byPosition.getOrDefault(after, List.of())) {
            if (candidate.term().equals(tokens.get(i))) {
                int[] span = path(tokens, i + 1, candidate, start, byPosition);
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        read.clear();
        out.clear();
        buffering = false;
        position = -1;
        next = 0;
    }
}

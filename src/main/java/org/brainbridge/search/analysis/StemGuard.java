package org.brainbridge.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks what English stemming must leave alone: the protected words (acronyms such as fNIRS) and every token that does
 * not begin with an ASCII character. KStem stems only words of the letters a to z, but looks each word up in its
 * dictionary first; most tokens here are Chinese, and that lookup, with the protected-word lookup before it, was a
 * twentieth of the text analyzer's time. Stemmed tokens are the same.
 */
final class StemGuard extends KeywordMarkerFilter {

    private final CharArraySet protectedWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    StemGuard(TokenStream input, CharArraySet protectedWords) {
        super(input);
        this.protectedWords = protectedWords;
    }

    @Override
    protected boolean isKeyword() {
        return term.length() == 0 || term.charAt(0) >= 0x80 || protectedWords.contains(term.buffer(), 0, term.length());
    }
}

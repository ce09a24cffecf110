package org.brainbridge.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The BCI terms the ICU segmenter does not know as words (it gives 脑 | 机 | 接口 for 脑机接口). Entries are normalised
 * like the text (so a traditional 腦機接口 entry is stored as 脑机接口) and must be Han characters only: joining only
 * ever happens over adjacent Han tokens.
 */
final class DomainDictionary {

    private final Set<String> terms;
    private final int longestTerm;
    /** The terms again, looked up by characters without making a string. */
    private final CharArraySet lookup;
    /** Every proper prefix of a term: what a join may still grow from. */
    private final CharArraySet beginnings;

    DomainDictionary(Set<String> terms, int longestTerm) {
        this.terms = Set.copyOf(terms);
        this.longestTerm = longestTerm;
        this.lookup = new CharArraySet(terms, false);
        this.beginnings = beginnings(terms);
    }

    Set<String> terms() {
        return terms;
    }

    /** The length of the longest term, in chars. */
    int longestTerm() {
        return longestTerm;
    }

    private static CharArraySet beginnings(Set<String> terms) {
        CharArraySet beginnings = new CharArraySet(terms.size() * 4, false);
        for (String term : terms) {
            for (int end = 1; end < term.length(); end++) {
                beginnings.add(term.substring(0, end));
            }
        }
        return beginnings;
    }

    static DomainDictionary load(List<DataFiles.Line> lines, CharNormalization normalization) {
        Set<String> terms = new LinkedHashSet<>();
        int longest = 0;
        for (DataFiles.Line line : lines) {
            String term = normalization.apply(line.text());
            if (!term.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                throw line.error("a dictionary term is Han characters only, without spaces or Latin letters");
            }
            if (term.codePointCount(0, term.length()) < 2) {
                throw line.error("a dictionary term has at least two characters");
            }
            terms.add(term);
            longest = Math.max(longest, term.length());
        }
        return new DomainDictionary(terms, longest);
    }

    /** Whether the characters are a term (no string made: a join is looked up at every step of a run). */
    boolean contains(CharSequence term) {
        return lookup.contains(term);
    }

    /** Whether some longer term begins with these characters: if not, no join can grow from them. */
    boolean begins(CharSequence start) {
        return beginnings.contains(start);
    }
}

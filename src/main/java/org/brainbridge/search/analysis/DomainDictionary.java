package org.brainbridge.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The BCI terms the ICU segmenter does not know as words (it gives 脑 | 机 | 接口 for 脑机接口). Entries are normalised
 * like the text (so a traditional 腦機接口 entry is stored as 脑机接口) and must be Han characters only: joining only
 * ever happens over adjacent Han tokens.
 */
record DomainDictionary(Set<String> terms, int longestTerm) {

    DomainDictionary {
        terms = Set.copyOf(terms);
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

    boolean contains(CharSequence term) {
        return terms.contains(term.toString());
    }
}

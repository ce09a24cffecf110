package org.brainbridge.search;

import java.util.List;

/**
 * A word typed as a whole synonym form: the concept terms the index holds wherever any of its forms stands, and, for a
 * Chinese word, its parts, which find variant wordings in names and texts (柔性水凝胶脑电电极 for 柔性电极).
 */
record Concept(List<String> terms, List<String> parts) {

    static final Concept NONE = new Concept(List.of(), List.of());

    Concept {
        terms = List.copyOf(terms);
        parts = List.copyOf(parts);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }
}

package org.brainbridge.search.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The concepts of the synonym files: every line is one concept, and the index holds one extra token for it wherever
 * one of its forms stands (脑电, EEG, electroencephalography … all give {@code ≡脑电}).
 *
 * <p>Why in the index: a word of a large synonym group (EEG has eight forms, BCI nine, in Chinese and English) would
 * otherwise be searched as every form in every field, some eighty postings lists for one typed word; the words most
 * often typed are also the ones most documents contain. One concept term per field visits each matching document once.
 * The price is a rebuild when the synonym files change (they are part of {@link Analyzers#indexingData()}).
 *
 * <p>A one-way rule ({@code a => b, c}) indexes its right-hand forms only and is asked for by its left-hand ones, so a
 * query for b still does not find a.
 */
final class Concepts {

    /** Starts every concept token: no analysed word starts with it, so a concept never meets a typed word's term. */
    static final String MARK = "≡";

    /** The token type of concept tokens. */
    static final String TYPE = "<CONCEPT>";

    /** A form as the index's tokens spell it, and the concept it stands for. */
    record Form(List<String> tokens, String concept) {}

    private final Map<String, List<Form>> indexedByFirstToken = new HashMap<>();
    private final Map<String, Set<String>> askedFor = new HashMap<>();

    /**
     * @param forms the longest-term analysis without synonyms: each entry's tokens as a query's (one path, no parts)
     */
    Concepts(List<DataFiles.Source> sources, Analyzer forms) {
        for (DataFiles.Line line : DataFiles.lines(sources)) {
            String[] sides = line.text().split("=>", -1);
            List<List<String>> left = entries(sides[0], forms);
            List<List<String>> right = sides.length > 1 ? entries(sides[1], forms) : left;
            if (left.isEmpty() || right.isEmpty()) {
                continue;
            }
            String concept = MARK + String.join("", (sides.length > 1 ? left : right).getFirst());
            for (List<String> form : right) {
                indexedByFirstToken
                        .computeIfAbsent(form.getFirst(), k -> new ArrayList<>())
                        .add(new Form(form, concept));
            }
            for (List<String> form : left) {
                askedFor.computeIfAbsent(String.join(" ", form), k -> new LinkedHashSet<>())
                        .add(concept);
            }
        }
    }

    /** The forms that start with this token, for the index. */
    List<Form> startingWith(String token) {
        return indexedByFirstToken.getOrDefault(token, List.of());
    }

    /** The concepts a whole typed text stands for, given its longest-term tokens; empty when it is not one form. */
    List<String> of(List<String> tokens) {
        return tokens.isEmpty() ? List.of() : List.copyOf(askedFor.getOrDefault(String.join(" ", tokens), Set.of()));
    }

    private static List<List<String>> entries(String side, Analyzer forms) {
        List<List<String>> entries = new ArrayList<>();
        for (String entry : side.split(",")) {
            List<String> tokens = Tokens.of(forms, entry.strip());
            if (!tokens.isEmpty() && !entries.contains(tokens)) {
                entries.add(tokens);
            }
        }
        return entries;
    }
}

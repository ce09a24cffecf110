package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person typed, split the forgiving way: {@code "quoted phrases"}, {@code -excluded} words and plain words.
 * Anything else (unbalanced quotes, operators, wildcards, regex) is treated as text, so no input is an error.
 */
record QueryText(List<String> words, List<String> phrases, List<String> excluded) {

    static final int MAX_PARTS = 8;

    /** What is searched of a longer text: a search box is not a place for paragraphs, and each word costs clauses. */
    static final int MAX_CHARACTERS = 64;

    static QueryText parse(String input) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        String text = input == null ? "" : input.strip();
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARACTERS));
        }
        int i = 0;
        while (i < text.length() && words.size() + phrases.size() + excluded.size() < MAX_PARTS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '　') {
                i++;
            } else if (c == '"' || c == '“' || c == '「') {
                char close = c == '"' ? '"' : c == '“' ? '”' : '」';
                int end = text.indexOf(close, i + 1);
                String phrase = clean(end < 0 ? text.substring(i + 1) : text.substring(i + 1, end));
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                i = end < 0 ? text.length() : end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '　') {
                    end++;
                }
                String word = text.substring(i, end);
                if (word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '－')) {
                    String cleaned = clean(word.substring(1));
                    if (!cleaned.isEmpty()) {
                        excluded.add(cleaned);
                    }
                } else {
                    String cleaned = clean(word);
                    if (!cleaned.isEmpty()) {
                        words.add(cleaned);
                    }
                }
                i = end;
            }
        }
        return new QueryText(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Strips characters that only mean something to query syntaxes; the analyzers handle the rest. */
    private static String clean(String part) {
        return part.replaceAll("[*?~^\\\\/+!(){}\\[\\]:|&]", " ").strip();
    }
}

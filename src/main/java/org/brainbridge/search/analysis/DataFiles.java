package org.brainbridge.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The curated data files: the copy shipped under {@code src/main/resources/search/}, then the file of the same name
 * in the optional overrides folder appended to it, so a curator extends a list without rebuilding the jar.
 */
final class DataFiles {

    static final String DICTIONARY = "domain-dictionary.txt";
    static final String SYNONYMS = "synonyms.txt";
    static final String PINYIN_EXCEPTIONS = "pinyin-exceptions.txt";
    static final String REGION_ALIASES = "region-aliases.txt";
    static final String KIND_WORDS = "kind-words.txt";

    /** One file's text, named for error messages ("classpath:search/synonyms.txt", or the override's path). */
    record Source(String name, String text) {}

    /** A meaningful line, with where it came from so that a curator's mistake is reported at its line. */
    record Line(String source, int number, String text) {
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("%s:%d: %s (line: %s)".formatted(source, number, message, text));
        }
    }

    private final Optional<Path> overrides;

    DataFiles(Optional<Path> overrides) {
        overrides.ifPresent(dir -> {
            // A misspelt folder would silently drop a curator's terms: say so at start-up instead.
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("Search overrides folder does not exist: " + dir);
            }
        });
        this.overrides = overrides;
    }

    /** The shipped file, then the override if there is one. */
    List<Source> sources(String fileName) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("classpath:search/" + fileName, classpath(fileName)));
        overrides.map(dir -> dir.resolve(fileName)).filter(Files::isRegularFile).ifPresent(file -> {
            try {
                sources.add(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read search override " + file, e);
            }
        });
        return sources;
    }

    /**
     * The non-blank lines of every source, trimmed, without {@code #} comments (a whole line, or after whitespace at
     * the end of a line).
     */
    List<Line> lines(String fileName) {
        return lines(sources(fileName));
    }

    static List<Line> lines(List<Source> sources) {
        List<Line> lines = new ArrayList<>();
        for (Source source : sources) {
            String[] raw = source.text().split("\\R", -1);
            for (int i = 0; i < raw.length; i++) {
                String text = stripComment(raw[i]).strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(source.name(), i + 1, text));
                }
            }
        }
        return lines;
    }

    /** The lines of a file shipped on the class path only (not curated, so not overridable). */
    static List<Line> shippedLines(String fileName) {
        return lines(List.of(new Source("classpath:search/" + fileName, classpath(fileName))));
    }

    private static String stripComment(String line) {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (text.strip().startsWith("#")) {
            return "";
        }
        int hash = text.indexOf(" #");
        int tab = text.indexOf("\t#");
        int cut = hash < 0 ? tab : tab < 0 ? hash : Math.min(hash, tab);
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static String classpath(String fileName) {
        try (InputStream in = DataFiles.class.getResourceAsStream("/search/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing search resource search/" + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search/" + fileName, e);
        }
    }

    /**
     * Lines of the form {@code name: word, word} (region aliases, kind words) as name → words, in file order; a line
     * without a name or words is an error naming its file and line.
     */
    static java.util.Map<String, List<String>> namedLists(List<Line> lines, String name) {
        java.util.Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        for (Line line : lines) {
            int colon = line.text().indexOf(':');
            if (colon <= 0) {
                throw line.error("expected '" + name + ": word, word'");
            }
            List<String> names = java.util.Arrays.stream(
                            line.text().substring(colon + 1).split("[,，]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (names.isEmpty()) {
                throw line.error("nothing after ':'");
            }
            aliases.computeIfAbsent(line.text().substring(0, colon).strip(), k -> new ArrayList<>())
                    .addAll(names);
        }
        java.util.Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A digest of the named files' texts, in the order given: equal digests, equal contents. */
    String digest(List<String> names) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                for (Source source : sources(name)) {
                    digest.update(source.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package org.brainbridge.search.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judgments file: per query, the graded relevance (0-3) of the entities someone judged. Tab-separated with the header
 * {@code query_id query type entity_id grade}, one row per judged (query, entity); blank lines and lines starting with
 * {@code #} are ignored. Every problem is reported with its line, so a curator can fix the file in one pass.
 */
record Judgments(String source, List<JudgedQuery> queries) {

    static final String HEADER = "query_id\tquery\ttype\tentity_id\tgrade";
    /** Query forms, in the order reports list them. */
    static final List<String> TYPES = List.of("zh", "en", "mixed", "short", "misspelt", "pinyin", "facet");

    /** One query and its judged entities, in file order. */
    record JudgedQuery(String id, String text, String type, Map<String, Integer> grades, int line) {

        int maxGrade() {
            return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** Problems in a judgments file, one per line number. */
    static final class InvalidJudgmentsException extends IllegalArgumentException {
        private final List<String> problems;

        InvalidJudgmentsException(String source, List<String> problems) {
            super("Invalid judgments in %s:%n  %s".formatted(source, String.join("\n  ", problems)));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    static Judgments read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read judgments file " + file + ": " + e.getMessage(), e);
        }
    }

    static Judgments parse(List<String> lines, String source) {
        List<String> problems = new ArrayList<>();
        Map<String, Builder> queries = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!text.strip().equals(HEADER)) {
                    problems.add(problem(
                            source,
                            line,
                            "the header must be '%s' (tab-separated), was '%s'"
                                    .formatted(HEADER.replace("\t", "<TAB>"), text.replace("\t", "<TAB>"))));
                }
                continue;
            }
            row(text, line, source, queries, problems);
        }
        if (!headerSeen) {
            problems.add(problem(source, 0, "no header and no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidJudgmentsException(source, problems);
        }
        return new Judgments(
                source, queries.values().stream().map(Builder::build).toList());
    }

    private static void row(String text, int line, String source, Map<String, Builder> queries, List<String> problems) {
        String[] cells = text.split("\t", -1);
        if (cells.length != 5) {
            problems.add(problem(source, line, "expected 5 tab-separated columns, found " + cells.length));
            return;
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        String id = cells[0];
        String query = cells[1];
        String type = cells[2];
        String entity = cells[3];
        String grade = cells[4];
        List<String> rowProblems = new ArrayList<>();
        if (id.isEmpty()) {
            rowProblems.add("query_id is empty");
        }
        if (query.isEmpty()) {
            rowProblems.add("query is empty");
        }
        if (!TYPES.contains(type)) {
            rowProblems.add("type must be one of %s, was '%s'".formatted(String.join(", ", TYPES), type));
        }
        if (entity.isEmpty()) {
            rowProblems.add("entity_id is empty");
        }
        if (!Set.of("0", "1", "2", "3").contains(grade)) {
            rowProblems.add("grade must be 0, 1, 2 or 3, was '%s'".formatted(grade));
        }
        Builder builder = queries.get(id);
        if (builder != null && !(builder.text.equals(query) && builder.type.equals(type))) {
            rowProblems.add("query_id '%s' was '%s' (%s) on line %d, here '%s' (%s)"
                    .formatted(id, builder.text, builder.type, builder.line, query, type));
        }
        if (builder != null && builder.grades.containsKey(entity)) {
            rowProblems.add("'%s' is judged twice for query '%s'".formatted(entity, id));
        }
        if (!rowProblems.isEmpty()) {
            rowProblems.forEach(p -> problems.add(problem(source, line, p)));
            return;
        }
        queries.computeIfAbsent(id, k -> new Builder(id, query, type, line))
                .grades
                .put(entity, Integer.parseInt(grade));
    }

    private static String problem(String source, int line, String message) {
        return "%s:%d: %s".formatted(source, line, message);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static final class Builder {
        private final String id;
        private final String text;
        private final String type;
        private final int line;
        private final Map<String, Integer> grades = new LinkedHashMap<>();

        Builder(String id, String text, String type, int line) {
            this.id = id;
            this.text = text;
            this.type = type;
            this.line = line;
        }

        JudgedQuery build() {
            return new JudgedQuery(id, text, type, Collections.unmodifiableMap(new LinkedHashMap<>(grades)), line);
        }
    }
}

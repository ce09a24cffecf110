package org.brainbridge.search.evaluation;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A judgments file: per query, the graded relevance (0-3) of the entities someone judged. Tab-separated, one row per
 * judged (query, entity), in one of two layouts: four columns {@code query_id, query, entity_id, grade} (the query's
 * type is then inferred from its text, see {@link QueryForms}), or five with the type third, {@code query_id, query,
 * type, entity_id, grade}. A header row is optional; when there is one its names choose the columns, in any order
 * (common names are understood: {@code qid}, {@code query_text}, {@code docid}, {@code relevance} …). Blank lines and
 * lines starting with {@code #} are ignored. Every problem is reported with its file, line and column, all in one pass,
 * so a curator can fix the file at once.
 */
record Judgments(String source, List<JudgedQuery> queries, int inferredTypes) {

    static final String HEADER = "query_id\tquery\ttype\tentity_id\tgrade";
    /** Query forms, in the order reports list them. */
    static final List<String> TYPES = List.of("zh", "en", "mixed", "short", "misspelt", "pinyin", "facet");

    /** One query and its judged entities, in file order. */
    record JudgedQuery(String id, String text, String type, Map<String, Integer> grades, int line) {

        int maxGrade() {
            return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** The columns a row can have, with the header names taken for each (compared lower-case, {@code -}/space as {@code _}). */
    enum Column {
        QUERY_ID("query_id", "qid", "queryid", "topic", "topic_id"),
        QUERY("query", "query_text", "querytext", "text", "q"),
        TYPE("type", "query_type", "form"),
        ENTITY_ID("entity_id", "entity", "entityid", "node_id", "node", "doc_id", "docid", "docno", "document"),
        GRADE("grade", "relevance", "rel", "label", "judgment", "judgement");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        String label() {
            return names.getFirst();
        }

        static Column named(String cell) {
            String name =
                    cell.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Column column : values()) {
                if (column.names.contains(name)) {
                    return column;
                }
            }
            return null;
        }
    }

    private static final List<Column> WITHOUT_TYPE =
            List.of(Column.QUERY_ID, Column.QUERY, Column.ENTITY_ID, Column.GRADE);
    private static final List<Column> WITH_TYPE = List.of(Column.values());
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "chinese", "zh", "english", "en", "misspelled", "misspelt", "typo", "misspelt", "short_form", "short");

    /** Problems in a judgments file, each naming the file, line and (for a cell) column. */
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
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Judgments file " + file + " does not exist or is not a file");
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("Judgments file " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read judgments file " + file + ": " + e.getMessage(), e);
        }
    }

    static Judgments parse(List<String> lines, String source) {
        Parser parser = new Parser(source);
        for (int i = 0; i < lines.size(); i++) {
            String text =
                    i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (!text.isBlank() && !text.startsWith("#")) {
                parser.line(text, i + 1);
            }
        }
        return parser.judgments();
    }

    /** Reads rows one by one; the first row that is not a comment decides the layout. */
    private static final class Parser {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Builder> queries = new LinkedHashMap<>();
        private boolean decided;
        private List<Column> layout;
        private int inferred;

        Parser(String source) {
            this.source = source;
        }

        void line(String text, int line) {
            String[] cells = text.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            if (!decided) {
                decided = true;
                boolean header = grade(cells[cells.length - 1]) < 0
                        && Arrays.stream(cells).anyMatch(cell -> Column.named(cell) != null);
                layout = header ? header(cells, line) : bare(cells.length, line);
                if (header) {
                    return;
                }
            }
            if (layout != null) {
                row(cells, line);
            }
        }

        /** The columns a header names, or null (with the problems noted) when it does not name a usable set. */
        private List<Column> header(String[] cells, int line) {
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                Column column = Column.named(cells[c]);
                if (column == null) {
                    problems.add("%s:%d: column %d: unknown header '%s'; the columns are %s (type optional)"
                            .formatted(source, line, c + 1, cells[c], labels(WITH_TYPE)));
                } else if (columns.contains(column)) {
                    problems.add("%s:%d: column %d: '%s' names the %s column a second time"
                            .formatted(source, line, c + 1, cells[c], column.label()));
                }
                columns.add(column);
            }
            for (Column required : WITHOUT_TYPE) {
                if (!columns.contains(required)) {
                    problems.add("%s:%d: the header has no %s column".formatted(source, line, required.label()));
                }
            }
            return problems.isEmpty() ? columns : null;
        }

        /** The layout of a file without a header, from the width of its first row. */
        private List<Column> bare(int width, int line) {
            if (width == WITHOUT_TYPE.size() || width == WITH_TYPE.size()) {
                return width == WITH_TYPE.size() ? WITH_TYPE : WITHOUT_TYPE;
            }
            problems.add("%s:%d: expected 4 tab-separated columns (%s) or 5 (%s), found %d"
                    .formatted(source, line, labels(WITHOUT_TYPE), labels(WITH_TYPE), width));
            return null;
        }

        private void row(String[] cells, int line) {
            if (cells.length != layout.size()) {
                problems.add("%s:%d: expected %d tab-separated columns (%s), found %d"
                        .formatted(source, line, layout.size(), labels(layout), cells.length));
                return;
            }
            List<String> rowProblems = new ArrayList<>();
            String id = cell(cells, Column.QUERY_ID);
            String query = cell(cells, Column.QUERY);
            String entity = cell(cells, Column.ENTITY_ID);
            String typed = layout.contains(Column.TYPE) ? cell(cells, Column.TYPE) : "";
            String type = type(typed);
            int grade = grade(cell(cells, Column.GRADE));
            if (id.isEmpty()) {
                rowProblems.add(at(line, Column.QUERY_ID, "the query id is empty"));
            }
            if (query.isEmpty()) {
                rowProblems.add(at(line, Column.QUERY, "the query is empty"));
            }
            if (type == null) {
                rowProblems.add(at(
                        line,
                        Column.TYPE,
                        "the type must be one of %s (or empty to infer it), was '%s'"
                                .formatted(String.join(", ", TYPES), typed)));
            }
            if (entity.isEmpty()) {
                rowProblems.add(at(line, Column.ENTITY_ID, "the entity id is empty"));
            }
            if (grade < 0) {
                rowProblems.add(at(
                        line,
                        Column.GRADE,
                        "the grade must be 0, 1, 2 or 3, was '%s'".formatted(cell(cells, Column.GRADE))));
            }
            Builder builder = queries.get(id);
            if (builder != null && !builder.text.equals(query)) {
                rowProblems.add(at(
                        line,
                        Column.QUERY,
                        "query '%s' was '%s' on line %d, here '%s'".formatted(id, builder.text, builder.line, query)));
            } else if (builder != null && type != null && !type.isEmpty() && !builder.type.equals(type)) {
                rowProblems.add(at(
                        line,
                        Column.TYPE,
                        "query '%s' was of type %s on line %d, here %s"
                                .formatted(id, builder.type, builder.line, type)));
            }
            if (builder != null && builder.lines.containsKey(entity)) {
                rowProblems.add(at(
                        line,
                        Column.ENTITY_ID,
                        "'%s' is judged twice for query '%s' (first on line %d)"
                                .formatted(entity, id, builder.lines.get(entity))));
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                return;
            }
            if (builder == null) {
                boolean infer = type.isEmpty();
                inferred += infer ? 1 : 0;
                builder = new Builder(id, query, infer ? QueryForms.infer(query) : type, line);
                queries.put(id, builder);
            }
            builder.grades.put(entity, grade);
            builder.lines.put(entity, line);
        }

        Judgments judgments() {
            if (queries.isEmpty() && problems.isEmpty()) {
                problems.add("%s: no judgments (every line is blank, a comment or the header)".formatted(source));
            }
            if (!problems.isEmpty()) {
                throw new InvalidJudgmentsException(source, problems);
            }
            return new Judgments(
                    source, queries.values().stream().map(Builder::build).toList(), inferred);
        }

        private String cell(String[] cells, Column column) {
            return cells[layout.indexOf(column)];
        }

        /** A problem in one cell: columns are counted from 1 and named. */
        private String at(int line, Column column, String message) {
            return "%s:%d: column %d (%s): %s"
                    .formatted(source, line, layout.indexOf(column) + 1, column.label(), message);
        }
    }

    /** A type as written, in any case or by a common name; empty to infer it; null when it is none of these. */
    private static String type(String typed) {
        String name = typed.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String type = TYPE_NAMES.getOrDefault(name, name);
        return type.isEmpty() || TYPES.contains(type) ? type : null;
    }

    /** A grade 0 to 3, also written as a decimal (2.0); -1 when the cell is not one. */
    private static int grade(String cell) {
        return cell.matches("[0-3](\\.0+)?") ? cell.charAt(0) - '0' : -1;
    }

    private static String labels(List<Column> columns) {
        return columns.stream().map(Column::label).collect(Collectors.joining(", "));
    }

    private static final class Builder {
        private final String id;
        private final String text;
        private final String type;
        private final int line;
        private final Map<String, Integer> grades = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

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

package org.brainbridge.matching.evaluation;

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
import org.brainbridge.matching.Journey;

/**
 * A matching judgments file: per journey and source, the graded relevance (0-3) of proposed targets. Tab-separated,
 * four columns {@code journey, source id, target id, grade}; the header {@code journey source_id target_id grade} is
 * optional (a first row whose first cell is {@code journey} is taken as one); blank lines and lines starting with
 * {@code #} are ignored. Journeys are named as in the API, in any case: {@code investor, partner, institution,
 * candidate, position, similar}. Every problem is reported with its file, line and column, all in one pass.
 */
record MatchJudgments(String file, List<JudgedSource> sources) {

    static final String HEADER = "journey\tsource_id\ttarget_id\tgrade";
    static final List<String> COLUMNS = List.of("journey", "source_id", "target_id", "grade");

    /**
     * One source of one journey and its judged targets, in file order; {@code lines} gives the line of each target.
     */
    record JudgedSource(
            Journey journey, String sourceId, Map<String, Integer> grades, Map<String, Integer> lines, int line) {

        int maxGrade() {
            return grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** Problems in a judgments file, each naming the file, line and column. */
    static final class InvalidJudgmentsException extends IllegalArgumentException {
        private final List<String> problems;

        InvalidJudgmentsException(String file, List<String> problems) {
            super("Invalid matching judgments in %s:%n  %s".formatted(file, String.join("\n  ", problems)));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    static MatchJudgments read(Path file) {
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

    static MatchJudgments parse(List<String> lines, String file) {
        List<String> problems = new ArrayList<>();
        Map<String, Builder> sources = new LinkedHashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text =
                    i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (first) {
                first = false;
                if (text.split("\t", -1)[0].strip().equalsIgnoreCase("journey")) {
                    checkHeader(text, file, line, problems);
                    continue;
                }
            }
            row(text, file, line, sources, problems);
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add("%s: no judgments (every line is blank, a comment or the header)".formatted(file));
        }
        if (!problems.isEmpty()) {
            throw new InvalidJudgmentsException(file, problems);
        }
        return new MatchJudgments(
                file, sources.values().stream().map(Builder::build).toList());
    }

    /** The journeys that occur, in the enum's order. */
    List<Journey> journeys() {
        return Arrays.stream(Journey.values())
                .filter(j -> sources.stream().anyMatch(s -> s.journey() == j))
                .toList();
    }

    private static void checkHeader(String text, String file, int line, List<String> problems) {
        String[] cells = text.split("\t", -1);
        for (int c = 0; c < Math.max(cells.length, COLUMNS.size()); c++) {
            String cell = c < cells.length ? cells[c].strip() : "";
            String expected = c < COLUMNS.size() ? COLUMNS.get(c) : null;
            if (expected == null) {
                problems.add(at(file, line, c, "the header has an extra column '%s'".formatted(cell)));
            } else if (!cell.equalsIgnoreCase(expected)) {
                problems.add(at(file, line, c, "the header must be '%s', was '%s'".formatted(expected, cell)));
            }
        }
    }

    private static void row(String text, String file, int line, Map<String, Builder> sources, List<String> problems) {
        String[] cells = text.split("\t", -1);
        if (cells.length != COLUMNS.size()) {
            problems.add("%s:%d: expected 4 tab-separated columns (%s), found %d"
                    .formatted(file, line, String.join(", ", COLUMNS), cells.length));
            return;
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        List<String> rowProblems = new ArrayList<>();
        Journey journey = journey(cells[0]);
        if (journey == null) {
            rowProblems.add(at(
                    file,
                    line,
                    0,
                    "unknown journey '%s'; expected one of %s"
                            .formatted(
                                    cells[0],
                                    Arrays.stream(Journey.values())
                                            .map(j -> j.name().toLowerCase(Locale.ROOT))
                                            .collect(Collectors.joining(", ")))));
        }
        if (cells[1].isEmpty()) {
            rowProblems.add(at(file, line, 1, "the source id is empty"));
        }
        if (cells[2].isEmpty()) {
            rowProblems.add(at(file, line, 2, "the target id is empty"));
        }
        if (!cells[1].isEmpty() && cells[1].equals(cells[2])) {
            rowProblems.add(at(file, line, 2, "the target '%s' is the source itself".formatted(cells[2])));
        }
        if (!List.of("0", "1", "2", "3").contains(cells[3])) {
            rowProblems.add(at(file, line, 3, "the grade must be 0, 1, 2 or 3, was '%s'".formatted(cells[3])));
        }
        if (rowProblems.isEmpty()) {
            Builder builder = sources.computeIfAbsent(
                    journey.name() + "\u0000" + cells[1], k -> new Builder(journey, cells[1], line));
            Integer earlier = builder.lines.get(cells[2]);
            if (earlier != null) {
                rowProblems.add(at(
                        file,
                        line,
                        2,
                        "'%s' is judged twice for %s '%s' (first on line %d)"
                                .formatted(cells[2], journey.name().toLowerCase(Locale.ROOT), cells[1], earlier)));
            } else {
                builder.grades.put(cells[2], Integer.parseInt(cells[3]));
                builder.lines.put(cells[2], line);
            }
        }
        problems.addAll(rowProblems);
    }

    private static Journey journey(String name) {
        return Arrays.stream(Journey.values())
                .filter(j -> j.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    /** A problem at a cell: columns are counted from 1 and named. */
    static String at(String file, int line, int column, String message) {
        return "%s:%d: column %d (%s): %s"
                .formatted(file, line, column + 1, column < COLUMNS.size() ? COLUMNS.get(column) : "extra", message);
    }

    private static final class Builder {
        private final Journey journey;
        private final String sourceId;
        private final int line;
        private final Map<String, Integer> grades = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

        Builder(Journey journey, String sourceId, int line) {
            this.journey = journey;
            this.sourceId = sourceId;
            this.line = line;
        }

        JudgedSource build() {
            return new JudgedSource(
                    journey,
                    sourceId,
                    Collections.unmodifiableMap(new LinkedHashMap<>(grades)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(lines)),
                    line);
        }
    }
}

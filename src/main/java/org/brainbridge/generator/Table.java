package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the word lists kept in text blocks: one row a line, cells separated by "|", blank lines and lines starting
 * with "#" skipped. Text blocks keep the tables readable (and the formatter leaves them alone).
 */
final class Table {

    private Table() {}

    static List<String[]> rows(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                rows.add(Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }

    /** A two-column table as {first, second} pairs. */
    static String[][] pairs(String text) {
        return rows(text).toArray(String[][]::new);
    }

    /** "a, b, c" as a list; empty for "-" or an empty cell. */
    static List<String> list(String cell) {
        if (cell.isEmpty() || cell.equals("-")) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).toList();
    }
}

package org.brainbridge.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.PropertySpec;

/** Parses one CSV cell by its property type; an empty cell means "no value". */
final class CellParser {

    static final String LIST_SEPARATOR = "\\|";

    private CellParser() {}

    /** The value to store, {@code null} for an empty cell; throws with a message naming what is wrong. */
    static Object parse(PropertySpec property, String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (property.type()) {
            case STRING -> text;
            case STRING_LIST -> split(text);
            case INTEGER -> integer(text);
            case FLOAT -> decimal(text);
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case CODE -> code(property, text);
            case CODE_LIST -> split(text).stream().map(c -> code(property, c)).toList();
        };
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(LIST_SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'%s' is not true or false".formatted(text));
        };
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a whole number".formatted(text));
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s' is not a number (use . for decimals)".formatted(text));
        }
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'%s' is not a date (yyyy-MM-dd)".formatted(text));
        }
    }

    private static String code(PropertySpec property, String code) {
        if (!property.allows(code)) {
            throw new IllegalArgumentException("'%s' is not a code of %s; allowed: %s"
                    .formatted(
                            code,
                            property.column(),
                            property.codes().stream().map(Code::code).collect(Collectors.joining(", "))));
        }
        return code;
    }
}

package org.brainbridge.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file written row by row (RFC 4180, UTF-8, "\n" line ends): nothing is kept once a row is written, so a
 * million rows cost no memory. Each row is checked to have exactly as many cells as the header.
 */
final class CsvSink implements AutoCloseable {

    private final Path file;
    private final Writer out;
    private final int width;
    private int cells;
    private long rows;

    CsvSink(Path file, List<String> header) {
        this.file = file;
        this.width = header.size();
        try {
            this.out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        header.forEach(this::cell);
        end();
        rows = 0;
    }

    CsvSink cell(String value) {
        try {
            if (cells++ > 0) {
                out.write(',');
            }
            if (value != null && !value.isEmpty()) {
                if (needsQuotes(value)) {
                    out.write('"');
                    out.write(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return this;
    }

    CsvSink cell(long value) {
        return cell(Long.toString(value));
    }

    CsvSink cell(boolean value) {
        return cell(value ? "true" : "false");
    }

    void end() {
        if (cells != width) {
            throw new IllegalStateException(
                    "%s: a row with %d cells under a header of %d".formatted(file, cells, width));
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        cells = 0;
        rows++;
    }

    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    // A cell is quoted when it holds a separator, a quote or a line break, or when it starts or ends with white space
    // (which a reader would otherwise be free to strip).
    private static boolean needsQuotes(String value) {
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }
}

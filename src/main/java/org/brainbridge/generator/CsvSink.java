package org.brainbridge.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file written row by row (RFC 4180, UTF-8, "\n" line ends): nothing is kept once a row is written, so a
 * million rows cost no memory. Each row is checked to have exactly as many cells as the header.
 *
 * <p>Cells are encoded with {@link String#getBytes} (fast, intrinsic) into a large buffer of our own, and the
 * quoting test runs on those bytes: the separators are ASCII, and in UTF-8 an ASCII byte never occurs inside a
 * multi-byte character, so scanning bytes is exact. This is the generator's hottest loop.
 */
final class CsvSink implements AutoCloseable {

    private static final int BUFFER = 1 << 18;

    private final Path file;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private final int width;
    private int used;
    private int cells;
    private long rows;

    CsvSink(Path file, List<String> header) {
        this.file = file;
        this.width = header.size();
        try {
            this.out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        header.forEach(this::cell);
        end();
        rows = 0;
    }

    CsvSink cell(String value) {
        if (cells++ > 0) {
            put((byte) ',');
        }
        if (value == null || value.isEmpty()) {
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (needsQuotes(bytes)) {
            put((byte) '"');
            for (byte b : bytes) {
                if (b == '"') {
                    put((byte) '"');
                }
                put(b);
            }
            put((byte) '"');
        } else {
            put(bytes);
        }
        return this;
    }

    /** A cell already encoded (and quoted if need be) by {@link #encode}: for the cells every row repeats. */
    CsvSink encoded(byte[] cell) {
        if (cells++ > 0) {
            put((byte) ',');
        }
        put(cell);
        return this;
    }

    /** The bytes {@link #cell} would write for the value. */
    static byte[] encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || !needsQuotes(bytes)) {
            return bytes;
        }
        return ("\"" + value.replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8);
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
        put((byte) '\n');
        cells = 0;
        rows++;
    }

    long rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    // Quoted when the cell holds a separator, a quote or a line break, or starts or ends with white space (which a
    // reader would otherwise be free to strip).
    private static boolean needsQuotes(byte[] bytes) {
        if (bytes[0] == ' ' || bytes[0] == '\t' || bytes[bytes.length - 1] == ' ' || bytes[bytes.length - 1] == '\t') {
            return true;
        }
        for (byte b : bytes) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private void put(byte b) {
        if (used == BUFFER) {
            flush();
        }
        buffer[used++] = b;
    }

    private void put(byte[] bytes) {
        if (bytes.length > BUFFER - used) {
            flush();
            if (bytes.length > BUFFER) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void flush() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public void close() {
        if (used >= 0) {
            flush();
            used = -1;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close " + file, e);
            }
        }
    }
}

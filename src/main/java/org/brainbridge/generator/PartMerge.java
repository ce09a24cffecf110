package org.brainbridge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Joins the parts the generator's tasks wrote in parallel into one file per node kind and relationship type:
 * in task order, the later parts without their header line. A file only one task wrote is just renamed, so most
 * bytes are never copied. The order is fixed, so the result does not depend on which task finished first.
 */
final class PartMerge {

    private PartMerge() {}

    static void merge(Path dir, List<String> suffixes) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> suffixes.stream().anyMatch(f::endsWith))
                    .forEach(f -> names.add(f.substring(0, f.lastIndexOf(".csv") + 4)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        for (String name : names) {
            Path target = dir.resolve(name);
            Path first = null;
            for (String suffix : suffixes) {
                Path part = dir.resolve(name + suffix);
                if (!Files.exists(part)) {
                    continue;
                }
                if (first == null) {
                    first = part;
                } else {
                    appendWithoutHeader(part, first);
                    delete(part);
                }
            }
            try {
                Files.move(first, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot rename " + first, e);
            }
        }
    }

    private static void appendWithoutHeader(Path part, Path into) {
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(into, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long start = headerLength(in);
            long size = in.size();
            for (long done = start; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append " + part + " to " + into, e);
        }
    }

    /** Bytes up to and including the first line break. */
    private static long headerLength(FileChannel in) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        in.read(buffer, 0);
        buffer.flip();
        for (int i = 0; i < buffer.limit(); i++) {
            if (buffer.get(i) == '\n') {
                return i + 1;
            }
        }
        throw new IOException("a part file has no header line");
    }

    private static void delete(Path part) {
        try {
            Files.delete(part);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + part, e);
        }
    }
}

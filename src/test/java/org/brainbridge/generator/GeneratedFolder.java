package org.brainbridge.generator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/** The CSV files of one folder, read into memory for assertions (test sizes only). */
record GeneratedFolder(Map<String, List<Map<String, String>>> rows) {

    static GeneratedFolder read(Path dir) throws IOException {
        Map<String, List<Map<String, String>>> rows = new TreeMap<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            List<Map<String, String>> list = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    list.add(record.toMap());
                }
            }
            String name = file.getFileName().toString();
            rows.put(name.substring(0, name.length() - 4), list);
        }
        return new GeneratedFolder(rows);
    }

    List<Map<String, String>> nodes(NodeKind kind) {
        return rows.getOrDefault(kind.label(), List.of());
    }

    List<Map<String, String>> relationships(RelType type) {
        return rows.getOrDefault(type.name(), List.of());
    }

    Map<NodeKind, Integer> nodeCounts() {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        rows.forEach((name, list) -> NodeKind.byLabel(name).ifPresent(k -> counts.put(k, list.size())));
        return counts;
    }

    /** Every cell of the column, in every file that has it, joined: for searching text. */
    String all(String column) {
        StringBuilder out = new StringBuilder();
        rows.values()
                .forEach(list -> list.forEach(r -> {
                    String v = r.get(column);
                    if (v != null) {
                        out.append(v).append('\n');
                    }
                }));
        return out.toString();
    }
}

package org.brainbridge.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.graph.model.RelType;

/**
 * The generated folder: one node file per kind and one relationship file per type, named as in graph-seed, with
 * the provenance every row carries. Headers come from {@link NodeKind} and {@link RelType}, so a column the model
 * does not know fails here, at start, rather than in the loader.
 */
final class Output implements AutoCloseable {

    static final String SOURCE = "BrainBridge generator";
    static final List<String> HEAD = List.of("id", "name", "name_en", "description", "description_en", "illustrative");

    private final Path dir;
    private final String sourceRef;
    private final String suffix;
    private final byte[] sourceCell = CsvSink.encode(SOURCE);
    private final byte[] sourceRefCell;
    private final Map<RelType, CsvSink> relationships = new EnumMap<>(RelType.class);
    private final List<CsvSink> nodeFiles = new ArrayList<>();

    /** Files go to {@code dir/<Name>.csv<suffix>}: a part of the folder, merged by {@link PartMerge}. */
    Output(Path dir, String sourceRef, String suffix) {
        this.dir = dir;
        this.sourceRef = sourceRef;
        this.suffix = suffix;
        this.sourceRefCell = CsvSink.encode(sourceRef);
    }

    /** A node file with the common head, the given columns of the kind, then the provenance columns. */
    NodeFile nodes(NodeKind kind, String... own) {
        List<String> header = new ArrayList<>(HEAD);
        for (String column : own) {
            kind.column(column)
                    .orElseThrow(() -> new IllegalArgumentException(kind.label() + " has no column " + column));
            header.add(column);
        }
        header.add("source");
        header.add("source_ref");
        CsvSink sink = new CsvSink(dir.resolve(kind.label() + ".csv" + suffix), header);
        nodeFiles.add(sink);
        return new NodeFile(sink, sourceCell, sourceRefCell);
    }

    /** A relationship with its properties in the type's column order (null for an empty cell). */
    void edge(RelType type, String from, String to, Object... properties) {
        CsvSink sink = relationships.computeIfAbsent(type, this::open);
        if (properties.length != type.properties().size()) {
            throw new IllegalArgumentException("%s takes %d properties, not %d"
                    .formatted(type, type.properties().size(), properties.length));
        }
        sink.cell(from).cell(to);
        for (Object p : properties) {
            sink.cell(p == null ? "" : p.toString());
        }
        sink.encoded(sourceCell).encoded(sourceRefCell).end();
    }

    private CsvSink open(RelType type) {
        List<String> header = new ArrayList<>(List.of("from", "to"));
        type.properties().stream().map(PropertySpec::column).forEach(header::add);
        header.add("source");
        header.add("source_ref");
        return new CsvSink(dir.resolve(type.name() + ".csv" + suffix), header);
    }

    /** Rows written per file name (without the part suffix), in name order. */
    Map<String, Long> rows() {
        Map<String, Long> rows = new TreeMap<>();
        nodeFiles.forEach(s -> rows.put(name(s), s.rows()));
        relationships.values().forEach(s -> rows.put(name(s), s.rows()));
        return rows;
    }

    private String name(CsvSink sink) {
        String file = sink.file().getFileName().toString();
        return file.substring(0, file.length() - suffix.length());
    }

    @Override
    public void close() {
        nodeFiles.forEach(CsvSink::close);
        relationships.values().forEach(CsvSink::close);
    }

    /** One node file: {@link #row} writes the common head, then the kind's cells, then {@link #end}. */
    static final class NodeFile implements AutoCloseable {
        private final CsvSink sink;
        private final byte[] source;
        private final byte[] sourceRef;

        NodeFile(CsvSink sink, byte[] source, byte[] sourceRef) {
            this.sink = sink;
            this.source = source;
            this.sourceRef = sourceRef;
        }

        NodeFile row(String id, String name, String nameEn, String description, String descriptionEn) {
            sink.cell(id)
                    .cell(name)
                    .cell(nameEn)
                    .cell(description)
                    .cell(descriptionEn)
                    .cell(true);
            return this;
        }

        NodeFile cell(String value) {
            sink.cell(value);
            return this;
        }

        NodeFile cell(long value) {
            sink.cell(value);
            return this;
        }

        NodeFile cell(boolean value) {
            sink.cell(value);
            return this;
        }

        void end() {
            sink.encoded(source).encoded(sourceRef).end();
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}

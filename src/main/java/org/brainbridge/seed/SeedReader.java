package org.brainbridge.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.graph.model.RelType;

/**
 * Reads a graph-seed folder: every {@code *.csv} below it, named after a node label or a relationship type.
 * Collects every problem (file, row, column, message) instead of stopping at the first, so a curator can fix a
 * file in one go.
 */
final class SeedReader {

    static final Set<String> PROVENANCE_COLUMNS = Set.of("source", "source_ref", "recorded_at", "confirmed_at");
    private static final Pattern ID = Pattern.compile("[a-z]+-[A-Za-z0-9_.\\-]+");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final Path location;
    private final boolean includeIllustrative;
    private final String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final SeedContent content = new SeedContent();

    SeedReader(Path location, boolean includeIllustrative) {
        this.location = location;
        this.includeIllustrative = includeIllustrative;
    }

    SeedContent read() {
        List<Path> files = csvFiles();
        // Nodes first, so that relationship rows can tell skipped (illustrative) endpoints from missing ones.
        files.stream().filter(f -> NodeKind.byLabel(stem(f)).isPresent()).forEach(this::readNodes);
        files.stream().filter(f -> RelType.byType(stem(f)).isPresent()).forEach(this::readRelationships);
        files.stream()
                .filter(f -> NodeKind.byLabel(stem(f)).isEmpty()
                        && RelType.byType(stem(f)).isEmpty())
                .forEach(f -> problem(
                        f, 0, null, "'%s' is neither a node label nor a relationship type".formatted(f.getFileName())));
        content.files = files.size();
        return content;
    }

    private List<Path> csvFiles() {
        if (!Files.isDirectory(location)) {
            throw new IllegalArgumentException("Seed location %s is not a folder".formatted(location));
        }
        try (Stream<Path> paths = Files.walk(location)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location, e);
        }
    }

    private void readNodes(Path file) {
        NodeKind kind = NodeKind.byLabel(stem(file)).orElseThrow();
        parse(file, "id", "name").ifPresent(parser -> {
            Map<String, PropertySpec> columns = columns(file, parser.getHeaderNames(), kind::column, Set.of("id"));
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String id = text(record, "id");
                if (!validId(file, line, id, kind)) {
                    continue;
                }
                Map<String, Object> properties = properties(file, line, record, columns);
                checkUscc(file, line, cell(record, "uscc"));
                if (properties == null) {
                    continue;
                }
                if (properties.get("name") == null) {
                    problem(file, line, "name", "a name is required");
                    continue;
                }
                if (!includeIllustrative && Boolean.TRUE.equals(properties.get("illustrative"))) {
                    content.skippedIds.add(id);
                    content.skippedRows++;
                    continue;
                }
                content.node(kind, new NodeUpsert(id, properties, provenance(file, line, record)));
            }
        });
    }

    private void readRelationships(Path file) {
        RelType type = RelType.byType(stem(file)).orElseThrow();
        parse(file, "from", "to").ifPresent(parser -> {
            Map<String, PropertySpec> columns =
                    columns(file, parser.getHeaderNames(), type::column, Set.of("from", "to"));
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String from = text(record, "from");
                String to = text(record, "to");
                if (content.skippedIds.contains(from) || content.skippedIds.contains(to)) {
                    content.skippedRows++;
                    continue;
                }
                boolean ok = endpoint(file, line, "from", from, type.from(), type)
                        & endpoint(file, line, "to", to, type.to(), type);
                Map<String, Object> properties = properties(file, line, record, columns);
                if (ok && properties != null) {
                    content.relationship(
                            type,
                            new SeedContent.Located<>(
                                    new RelationshipUpsert(from, to, properties, provenance(file, line, record)),
                                    relative(file),
                                    line));
                }
            }
        });
    }

    private Optional<CSVParser> parse(Path file, String... required) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(file, 0, null, "not valid UTF-8; save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            CSVParser parser = CSVParser.parse(text, FORMAT);
            for (String column : required) {
                if (!parser.getHeaderNames().contains(column)) {
                    problem(file, 1, column, "required column '%s' is missing from the header".formatted(column));
                    return Optional.empty();
                }
            }
            return Optional.of(parser);
        } catch (IOException | IllegalArgumentException e) {
            problem(file, 1, null, "cannot read the header: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, PropertySpec> columns(
            Path file,
            List<String> header,
            java.util.function.Function<String, Optional<PropertySpec>> lookup,
            Set<String> keys) {
        Map<String, PropertySpec> columns = new HashMap<>();
        for (String column : header) {
            if (keys.contains(column) || PROVENANCE_COLUMNS.contains(column)) {
                continue;
            }
            lookup.apply(column)
                    .ifPresentOrElse(
                            property -> columns.put(column, property),
                            () -> problem(file, 1, column, "unknown column '%s' for %s".formatted(column, stem(file))));
        }
        return columns;
    }

    /** The row's properties, or null when a cell is invalid (reported). Absent columns are not in the map. */
    private Map<String, Object> properties(Path file, long line, CSVRecord record, Map<String, PropertySpec> columns) {
        Map<String, Object> properties = new HashMap<>();
        boolean valid = true;
        for (var column : columns.entrySet()) {
            try {
                properties.put(
                        column.getValue().key(), CellParser.parse(column.getValue(), cell(record, column.getKey())));
            } catch (IllegalArgumentException e) {
                problem(file, line, column.getKey(), e.getMessage());
                valid = false;
            }
        }
        return valid ? properties : null;
    }

    private boolean validId(Path file, long line, String id, NodeKind kind) {
        if (!ID.matcher(id).matches()) {
            problem(file, line, "id", "'%s' is not an id (<prefix>-<letters, digits, _ . ->)".formatted(id));
            return false;
        }
        if (!id.startsWith(kind.idPrefix() + "-")) {
            problem(
                    file,
                    line,
                    "id",
                    "'%s' should start with '%s-' for %s".formatted(id, kind.idPrefix(), kind.label()));
            return false;
        }
        NodeKind earlier = content.declared.putIfAbsent(id, kind);
        if (earlier != null && earlier != kind) {
            problem(file, line, "id", "'%s' is already a %s".formatted(id, earlier.label()));
            return false;
        }
        return true;
    }

    private boolean endpoint(Path file, long line, String column, String id, Set<NodeKind> allowed, RelType type) {
        Optional<NodeKind> kind = NodeKind.byId(id);
        if (kind.isEmpty()) {
            problem(file, line, column, "'%s' is not an id of any kind".formatted(id));
            return false;
        }
        if (!allowed.contains(kind.get())) {
            problem(
                    file,
                    line,
                    column,
                    "%s cannot %s a %s (allowed: %s)"
                            .formatted(
                                    type.type(),
                                    column.equals("from") ? "start at" : "end at",
                                    kind.get().label(),
                                    allowed.stream()
                                            .map(NodeKind::label)
                                            .sorted()
                                            .toList()));
            return false;
        }
        return true;
    }

    private void checkUscc(Path file, long line, String cell) {
        String uscc = cell == null ? "" : cell.strip();
        if (!uscc.isEmpty() && !UnifiedSocialCreditCode.isValid(uscc)) {
            problem(
                    file,
                    line,
                    "uscc",
                    "'%s' fails the unified social credit code checksum (GB 32100)".formatted(uscc));
        }
    }

    private Provenance provenance(Path file, long line, CSVRecord record) {
        String source = cell(record, "source");
        String recorded = cell(record, "recorded_at");
        String confirmed = cell(record, "confirmed_at");
        return new Provenance(
                source == null || source.isBlank() ? defaultSource(file) : source.strip(),
                relative(file) + "#" + line,
                cell(record, "source_ref") == null
                        ? ""
                        : cell(record, "source_ref").strip(),
                recorded == null || recorded.isBlank() ? now : recorded.strip(),
                confirmed == null || confirmed.isBlank() ? now : confirmed.strip());
    }

    private String defaultSource(Path file) {
        Path relative = location.relativize(file);
        String folder = relative.getNameCount() > 1 ? "/" + relative.getName(0) : "";
        return location.toAbsolutePath().normalize().getFileName() + folder;
    }

    private String relative(Path file) {
        return location.relativize(file).toString().replace('\\', '/');
    }

    private static String text(CSVRecord record, String column) {
        String cell = cell(record, column);
        return cell == null ? "" : cell.strip();
    }

    private static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private void problem(Path file, long line, String column, String message) {
        content.problems.add(new SeedProblem(relative(file), line, column, message));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }
}

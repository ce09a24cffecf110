package org.brainbridge.seed;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.RelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads a graph-seed folder through the write service: reads and validates the whole folder first (every
 * problem reported with file, row and column, and nothing written if there is one), then merges nodes and
 * relationships by id in batches. Loading the same folder again changes no count.
 */
@Service
public class SeedService {

    private static final Logger log = LoggerFactory.getLogger(SeedService.class);

    private final GraphWriter writer;
    private final SeedProperties properties;

    SeedService(GraphWriter writer, SeedProperties properties) {
        this.writer = writer;
        this.properties = properties;
    }

    /** Loads the configured folder with the configured illustrative switch. */
    public SeedReport loadConfigured() {
        return load(properties.location(), properties.includeIllustrative(), "seed");
    }

    synchronized SeedReport load(Path location, boolean includeIllustrative, String actor) {
        long started = System.nanoTime();
        SeedContent content = new SeedReader(location, includeIllustrative).read();
        List<SeedProblem> problems = new ArrayList<>(content.problems);
        problems.addAll(missingEndpoints(content));
        if (!problems.isEmpty()) {
            throw new SeedValidationException(location.toString(), problems);
        }
        ChangeMeta meta = new ChangeMeta(actor, "seed-" + Instant.now());
        long sequence = 0;
        for (var nodes : content.nodes.entrySet()) {
            sequence = Math.max(sequence, writer.upsertNodes(nodes.getKey(), nodes.getValue(), meta));
        }
        for (var relationships : content.relationships.entrySet()) {
            List<RelationshipUpsert> rows = relationships.getValue().stream()
                    .map(SeedContent.Located::row)
                    .toList();
            sequence = Math.max(sequence, writer.upsertRelationships(relationships.getKey(), rows, meta));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        SeedReport report = new SeedReport(
                location.toString(),
                content.nodeRows(),
                content.relationshipRows(),
                content.skippedRows,
                content.files,
                sequence,
                millis);
        log.info("Seed loaded: {}", report);
        return report;
    }

    /** Relationship endpoints that are neither in this load nor already in the graph. */
    private List<SeedProblem> missingEndpoints(SeedContent content) {
        Set<String> loaded = new HashSet<>();
        content.nodes.values().forEach(rows -> rows.forEach(row -> loaded.add(row.id())));
        Set<String> unknown = new HashSet<>();
        content.relationships
                .values()
                .forEach(rows -> rows.forEach(r -> {
                    if (!loaded.contains(r.row().from())) {
                        unknown.add(r.row().from());
                    }
                    if (!loaded.contains(r.row().to())) {
                        unknown.add(r.row().to());
                    }
                }));
        Set<String> existing = unknown.isEmpty() ? Set.of() : writer.existingIds(unknown);
        List<SeedProblem> problems = new ArrayList<>();
        for (Map.Entry<RelType, List<SeedContent.Located<RelationshipUpsert>>> entry :
                content.relationships.entrySet()) {
            for (var r : entry.getValue()) {
                check(problems, r, "from", r.row().from(), loaded, existing);
                check(problems, r, "to", r.row().to(), loaded, existing);
            }
        }
        return problems;
    }

    private static void check(
            List<SeedProblem> problems,
            SeedContent.Located<RelationshipUpsert> r,
            String column,
            String id,
            Set<String> loaded,
            Set<String> existing) {
        if (!loaded.contains(id) && !existing.contains(id)) {
            problems.add(new SeedProblem(
                    r.file(), r.line(), column, "no node '%s' in this folder or in the graph".formatted(id)));
        }
    }

    /** Domain nodes in the graph; the start-up loader seeds only an empty graph. */
    long entities() {
        return writer.countEntities();
    }
}

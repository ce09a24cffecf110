package org.brainbridge.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Constraints and indexes, created at start-up, idempotently: a unique id across all domain nodes, unique keys of
 * system nodes, and an index on every property that list filters use.
 */
@Component
@Order(0)
class GraphSchema implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final GraphGateway gateway;

    GraphSchema(GraphGateway gateway) {
        this.gateway = gateway;
    }

    private static final String EXISTING = "SHOW INDEXES YIELD name RETURN collect(name) AS names";
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("^CREATE \\w+ (\\w+) IF NOT EXISTS");

    @Override
    public void run(ApplicationArguments args) {
        // One read tells what exists, so a restart on an existing store costs one statement, not one per index.
        java.util.Set<String> existing = new java.util.HashSet<>(
                gateway.query(EXISTING, Map.of()).getFirst().get("names").asList(v -> v.asString()));
        List<String> missing = statements().stream()
                .filter(statement -> !existing.contains(name(statement)))
                .toList();
        missing.forEach(statement -> gateway.write(tx -> {
            tx.run(statement, Map.of());
            return null;
        }));
        log.info(
                "Graph schema ensured: {} constraints and indexes, {} created",
                statements().size(),
                missing.size());
    }

    static String name(String statement) {
        var matcher = NAME.matcher(statement);
        return matcher.find() ? matcher.group(1) : statement;
    }

    static List<String> statements() {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
        statements.add("CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:ChangeRecord) REQUIRE n.seq IS UNIQUE");
        statements.add("CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (n:Sequence) REQUIRE n.name IS UNIQUE");
        statements.add("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)");
        for (NodeKind kind : NodeKind.values()) {
            for (PropertySpec property : kind.properties()) {
                if (property.type().isCoded()) {
                    String name = (kind.name() + "_" + property.column()).toLowerCase(Locale.ROOT);
                    statements.add("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (n.%s)"
                            .formatted(name, kind.label(), property.key()));
                }
            }
        }
        return statements;
    }
}

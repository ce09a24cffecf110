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

    @Override
    public void run(ApplicationArguments args) {
        List<String> statements = statements();
        statements.forEach(statement -> gateway.write(tx -> {
            tx.run(statement, Map.of());
            return null;
        }));
        log.info("Graph schema ensured: {} constraints and indexes", statements.size());
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

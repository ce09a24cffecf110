package org.brainbridge.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. Without {@code spring.neo4j.uri} an embedded Neo4j starts with these settings;
 * with it, they are ignored.
 *
 * @param database the Neo4j database name
 * @param embedded settings of the embedded default
 */
@ConfigurationProperties("brainbridge.graph")
public record GraphProperties(
        @DefaultValue("neo4j") String database,
        @DefaultValue Embedded embedded) {

    /**
     * @param home the Neo4j home folder (store files, logs and the generated password)
     * @param boltPort the Bolt port on 127.0.0.1; 0 picks a free one
     * @param pageCache Neo4j page cache size, for example {@code 128m}
     * @param sharedInJvm keep one DBMS per JVM across Spring contexts and stop it at JVM exit (tests)
     * @param fresh delete the home folder before the first start in this JVM (tests)
     */
    public record Embedded(
            @DefaultValue("data/neo4j") Path home,
            @DefaultValue("0") int boltPort,
            @DefaultValue("128m") String pageCache,
            @DefaultValue("false") boolean sharedInJvm,
            @DefaultValue("false") boolean fresh) {}
}

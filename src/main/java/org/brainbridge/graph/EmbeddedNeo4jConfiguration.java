package org.brainbridge.graph;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded Neo4j and a driver connected to it over Bolt, unless {@code spring.neo4j.uri} is set, in
 * which case Spring Boot's own driver configuration connects to that server, cluster or Aura instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoNeo4jUri.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "")
    EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
        GraphProperties.Embedded settings = properties.embedded();
        return settings.sharedInJvm() ? EmbeddedNeo4j.shared(settings) : EmbeddedNeo4j.start(settings);
    }

    @Bean
    EmbeddedNeo4jLifecycle embeddedNeo4jLifecycle(EmbeddedNeo4j neo4j, GraphProperties properties) {
        return new EmbeddedNeo4jLifecycle(neo4j, !properties.embedded().sharedInJvm());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4jLifecycle lifecycle) {
        EmbeddedNeo4j neo4j = lifecycle.neo4j();
        return GraphDatabase.driver(
                neo4j.boltUri(),
                AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()),
                Config.builder()
                        .withoutEncryption()
                        .withLogging(DriverLogging.LOGGING)
                        .build());
    }

    static final class NoNeo4jUri implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
            return uri == null || uri.isBlank();
        }
    }

    /** Stops the DBMS after the driver is closed (the driver depends on the DBMS bean, so it goes first). */
    record EmbeddedNeo4jLifecycle(EmbeddedNeo4j neo4j, boolean stopOnClose) implements AutoCloseable {
        @Override
        public void close() {
            if (stopOnClose) {
                neo4j.stop();
            }
        }
    }
}

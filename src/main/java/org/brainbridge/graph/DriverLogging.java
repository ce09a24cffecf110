package org.brainbridge.graph;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, like the rest of the portal. Its default, {@code System.Logger}, formats every
 * trace message before asking whether trace is on: a few formatted strings per query, thrown away (about a twentieth
 * of what a matchmaking request allocated).
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

    static final Logging LOGGING = Logging.slf4j();

    /** For a driver Spring Boot configures ({@code spring.neo4j.uri} set); the embedded one sets it itself. */
    @Bean
    ConfigBuilderCustomizer driverLoggingThroughSlf4j() {
        return builder -> builder.withLogging(LOGGING);
    }
}

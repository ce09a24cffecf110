package org.brainbridge.seed;

import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the graph at start-up: when it is empty (default), always, or never. */
@Component
@Order(10)
class SeedOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnStart.class);

    private final SeedService seed;
    private final SeedProperties properties;

    SeedOnStart(SeedService seed, SeedProperties properties) {
        this.seed = seed;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String mode = properties.loadOnStart();
        boolean load = switch (mode) {
            case "always" -> true;
            case "never" -> false;
            case "if-empty" -> seed.entities() == 0;
            default ->
                throw new IllegalStateException(
                        "brainbridge.seed.load-on-start must be if-empty, always or never, was '%s'".formatted(mode));
        };
        if (!load) {
            return;
        }
        if (!Files.isDirectory(properties.location())) {
            log.warn(
                    "No seed folder at {}: the graph stays empty (set brainbridge.seed.location)",
                    properties.location().toAbsolutePath());
            return;
        }
        seed.loadConfigured();
    }
}

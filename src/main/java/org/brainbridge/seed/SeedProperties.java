package org.brainbridge.seed;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The graph-seed folder and when to load it.
 *
 * @param location the folder to load (any folder in the graph-seed format)
 * @param includeIllustrative false leaves fictional rows ({@code illustrative=true}) and their relationships out
 * @param loadOnStart {@code if-empty} (default), {@code always} or {@code never}
 */
@ConfigurationProperties("brainbridge.seed")
public record SeedProperties(
        @DefaultValue("graph-seed") Path location,
        @DefaultValue("true") boolean includeIllustrative,
        @DefaultValue("if-empty") String loadOnStart) {}

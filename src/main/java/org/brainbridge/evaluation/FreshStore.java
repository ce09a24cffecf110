package org.brainbridge.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.brainbridge.BrainBridgeApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without a web server on its own embedded store and search index under a fresh temporary folder,
 * seeded from a graph-seed folder on start; closing it stops the application and removes the folder. What an
 * evaluation measures is then the seed folder alone, never data left from an earlier run.
 */
public final class FreshStore implements AutoCloseable {

    private final Path work;
    private final ConfigurableApplicationContext context;

    private FreshStore(Path work, ConfigurableApplicationContext context) {
        this.work = work;
        this.context = context;
    }

    /**
     * Starts and seeds the application; {@code extra} are further {@code --name=value} settings. Settings are passed
     * as command-line arguments because those win over application.yaml (default properties would lose to it).
     */
    public static FreshStore start(Path seed, String prefix, String... extra) {
        Path work;
        try {
            work = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder", e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--brainbridge.graph.embedded.home=" + work.resolve("neo4j"),
                "--brainbridge.search.index-dir=" + work.resolve("index"),
                "--brainbridge.seed.location=" + seed.toAbsolutePath(),
                "--brainbridge.seed.load-on-start=always",
                "--brainbridge.admin.token-file=" + work.resolve("token"),
                "--logging.level.root=warn",
                "--logging.level.org.brainbridge=info"));
        args.addAll(List.of(extra));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BrainBridgeApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(args.toArray(String[]::new));
            return new FreshStore(work, context);
        } catch (RuntimeException e) {
            delete(work);
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }
}

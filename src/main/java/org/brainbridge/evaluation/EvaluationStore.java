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
 * The application without a web server on its own embedded store and search index, seeded from a graph-seed folder
 * on start. By default under a fresh temporary folder that closing removes, so that an evaluation measures the seed
 * folder alone, never data left from an earlier run; or kept in a folder of the caller's, seeded only while empty, so
 * that a developer changing the scoring can measure again without loading the graph again.
 */
public final class EvaluationStore implements AutoCloseable {

    private final Path work;
    private final boolean temporary;
    private final ConfigurableApplicationContext context;

    private EvaluationStore(Path work, boolean temporary, ConfigurableApplicationContext context) {
        this.work = work;
        this.temporary = temporary;
        this.context = context;
    }

    /**
     * Starts and seeds the application; {@code extra} are further {@code --name=value} settings. Settings are passed
     * as command-line arguments because those win over application.yaml (default properties would lose to it).
     */
    public static EvaluationStore start(Path seed, String prefix, String... extra) {
        return start(seed, prefix, null, extra);
    }

    /**
     * As {@link #start(Path, String, String...)}, but with {@code keep} not null the store and index live in that
     * folder, which is seeded only when it holds no graph yet and is left in place on close.
     */
    public static EvaluationStore start(Path seed, String prefix, Path keep, String... extra) {
        boolean temporary = keep == null;
        Path work;
        try {
            work = temporary ? Files.createTempDirectory(prefix) : Files.createDirectories(keep);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder", e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--brainbridge.graph.embedded.home=" + work.resolve("neo4j"),
                "--brainbridge.search.index-dir=" + work.resolve("index"),
                "--brainbridge.seed.location=" + seed.toAbsolutePath(),
                "--brainbridge.seed.load-on-start=" + (temporary ? "always" : "if-empty"),
                "--brainbridge.admin.token-file=" + work.resolve("token"),
                "--logging.level.root=warn",
                "--logging.level.org.brainbridge=info"));
        args.addAll(List.of(extra));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BrainBridgeApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(args.toArray(String[]::new));
            return new EvaluationStore(work, temporary, context);
        } catch (RuntimeException e) {
            if (temporary) {
                delete(work);
            }
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
            if (temporary) {
                delete(work);
            }
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

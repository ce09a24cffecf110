package org.brainbridge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.brainbridge.graph.model.NodeKind;

/**
 * Writes a FICTIONAL graph-seed folder of any size, deterministically, for benchmarks and matchmaking tests: the
 * BCI industry of Jiangxi at 10,000 to 1,000,000 nodes, hung on the real taxonomy. See {@link GeneratorOptions} for
 * the command line and bench/README.md for the kind mix, the shapes and timings.
 *
 * <p>Rows are streamed to disk as they are made; what stays in memory is what later kinds need to draw their links
 * (per enterprise and institution: theme, place, a few numbers and the names), never the rows themselves. Every row
 * is {@code illustrative=true}, with {@code source=BrainBridge generator} and {@code source_ref=seed S, nodes N}.
 */
public final class GraphSeedGenerator {

    private GraphSeedGenerator() {}

    public static void main(String[] args) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Map<String, Long> rows = generate(options);
        long nodes = rows.entrySet().stream()
                .filter(e -> isNodeFile(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "wrote %,d nodes and %,d relationships to %s in %.1f s%n",
                nodes, total - nodes, options.out().resolve("generated"), (System.nanoTime() - start) / 1e9);
    }

    static boolean isNodeFile(String file) {
        return NodeKind.byLabel(file.replaceFirst("\\.csv$", "")).isPresent();
    }

    /** Generates the folder; returns the rows written per file of {@code generated/}. */
    static Map<String, Long> generate(GeneratorOptions options) {
        Taxonomy taxonomy = Taxonomy.read(options.base());
        Path dir = options.out().resolve("generated");
        prepare(dir);
        if (options.copyBase()) {
            copy(options.base().resolve("taxonomy"), options.out().resolve("taxonomy"));
            copy(options.base().resolve("policy"), options.out().resolve("policy"));
        }
        long cpu = Tasks.cpu();
        World world = new World(options.seed(), options.nodes(), taxonomy);
        world.scenarios = new ScenarioPlan(world);
        world.enterprises = new EnterprisePlan(world);
        world.institutions = new InstitutionPlan(world);
        world.plants = new Plants(world);
        Tasks.report("plan", cpu);
        // Two independent tasks, one per core: organisations and their artefacts; people, and what needs them
        // (projects are led by talents, investors invest in projects). They share only read-only plans, and each
        // entity draws from its own random stream, so the bytes do not depend on scheduling.
        List<Task> tasks = List.of(
                new Task("organisations", ".part1", out -> {
                    world.techs.write(out);
                    world.scenarios.write(out);
                    new EnterpriseWriter(world, out).write();
                    new InstitutionWriter(world, out).write();
                    new ProductWriter(world, out).write();
                    new PatentWriter(world, out).write();
                    new DatasetWriter(world, out).write();
                    new PositionWriter(world, out).write();
                }),
                new Task("people", ".part2", out -> {
                    new TalentWriter(world, out).write();
                    new ProjectWriter(world, out).write();
                    new InvestorWriter(world, out).write();
                }));
        Map<String, Long> rows = Tasks.run(tasks, dir, world.sourceRef);
        cpu = Tasks.cpu();
        PartMerge.merge(dir, tasks.stream().map(Task::suffix).toList());
        Tasks.report("merge", cpu);
        if (options.judgments()) {
            cpu = Tasks.cpu();
            PlantedJudgments.write(world, dir, options.out().resolve("judgments"));
            Tasks.report("judgments", cpu);
        }
        Tasks.reportGc();
        return rows;
    }

    /** An empty {@code generated/} folder: CSV files of an earlier run would otherwise be loaded with the new ones. */
    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p :
                        old.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dir, e);
        }
    }

    private static void copy(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> paths = walk.sorted().toList();
            for (Path p : paths) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }
}

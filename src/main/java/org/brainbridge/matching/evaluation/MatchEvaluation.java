package org.brainbridge.matching.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainbridge.evaluation.Command;
import org.brainbridge.evaluation.EvaluationStore;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.matching.MatchingService;
import org.brainbridge.search.SearchProbe;

/**
 * Measures matchmaking quality against a judgments file: starts the application without a web server on a fresh
 * temporary store and index, seeds it from a graph-seed folder, runs every judged source through our engine and the
 * baselines (text-only, most-connected, random), and prints precision@5, nDCG@10 and MRR@10 per journey and engine
 * (optionally writing a markdown report). With {@code --tune} it instead searches the weights that rank the judged
 * targets best, per journey, and prints them as configuration: run it on a tuning set only, never on the held-out set.
 *
 * <pre>
 * MatchEvaluation --seed &lt;graph-seed folder&gt; --judgments &lt;tsv&gt; [--out &lt;report.md&gt;] [--label &lt;text&gt;]
 *                 [--random-seed N] [--property name=value]... [--tune] [--store &lt;folder&gt;]
 * </pre>
 *
 * <p>{@code --store} keeps the store and index in that folder (seeded only while empty) instead of a fresh temporary
 * one: for measuring again after a change to the scoring without loading the graph again. The default, a fresh store,
 * is what results are reported from.
 */
public final class MatchEvaluation {

    static final String USAGE =
            "usage: MatchEvaluation --seed <graph-seed folder> --judgments <tsv> [--out <report.md>]"
                    + " [--label <text>] [--random-seed N] [--property name=value]... [--tune] [--store <folder>]";

    private MatchEvaluation() {}

    public static void main(String[] args) {
        Command.exit(MatchEvaluation::run, args);
    }

    /** Returns the exit status: 0 done, 1 failed, 2 wrong usage or invalid judgments. */
    static int run(String[] args) {
        Options options;
        MatchJudgments judgments;
        try {
            options = Options.parse(args);
            judgments = MatchJudgments.read(options.judgments());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (EvaluationStore store = EvaluationStore.start(
                options.seed(),
                "brainbridge-match-eval",
                options.store(),
                options.properties().stream().map(p -> "--" + p).toArray(String[]::new))) {
            MatchingService matching = store.bean(MatchingService.class);
            if (options.tune()) {
                store.bean(SearchProbe.class).awaitCaughtUp(java.time.Duration.ofMinutes(10));
                System.out.print(new WeightTuning(matching).tune(judgments).text());
                return 0;
            }
            MatchReport report = new MatchEvaluator(
                            matching,
                            store.bean(GraphGateway.class),
                            store.bean(SearchProbe.class),
                            options.randomSeed())
                    .evaluate(judgments, options.seed().toString(), options.label());
            System.out.println();
            System.out.print(report.text());
            if (options.out() != null) {
                Path parent = options.out().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(options.out(), report.markdown(), StandardCharsets.UTF_8);
                System.out.println("Report: " + options.out());
            }
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot write the report: " + e.getMessage());
            return 1;
        }
    }

    /** The command line, checked. */
    record Options(
            Path seed,
            Path judgments,
            Path out,
            String label,
            long randomSeed,
            List<String> properties,
            boolean tune,
            Path store) {

        static final long DEFAULT_RANDOM_SEED = 20261129L;

        static Options parse(String[] args) {
            Path seed = null;
            Path judgments = null;
            Path out = null;
            String label = null;
            long randomSeed = DEFAULT_RANDOM_SEED;
            List<String> properties = new ArrayList<>();
            boolean tune = false;
            Path store = null;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--tune")) {
                    tune = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing a value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--seed" -> seed = Path.of(value);
                    case "--judgments" -> judgments = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--label" -> label = value;
                    case "--store" -> store = Path.of(value);
                    case "--random-seed" -> {
                        try {
                            randomSeed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--random-seed must be a whole number, was " + value);
                        }
                    }
                    case "--property" -> {
                        if (!value.matches("brainbridge\\.matching\\.[A-Za-z0-9.\\-]+=.*")) {
                            throw new IllegalArgumentException(
                                    "--property takes brainbridge.matching.<name>=<value>, was " + value);
                        }
                        properties.add(value);
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + flag);
                }
            }
            if (seed == null || judgments == null) {
                throw new IllegalArgumentException("--seed and --judgments are required");
            }
            if (!Files.isDirectory(seed)) {
                throw new IllegalArgumentException("Seed folder " + seed + " does not exist");
            }
            if (!Files.isRegularFile(judgments)) {
                throw new IllegalArgumentException("Judgments file " + judgments + " does not exist");
            }
            return new Options(seed, judgments, out, label, randomSeed, List.copyOf(properties), tune, store);
        }
    }
}

package org.brainbridge.search.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brainbridge.evaluation.Command;
import org.brainbridge.evaluation.EvaluationStore;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.search.SearchProbe;

/**
 * Measures search quality against a judgments file: starts the application without a web server on a fresh temporary
 * store and index, seeds it from a graph-seed folder, runs every judged query through our search and through Neo4j's
 * own full-text index, and prints nDCG@10 and recall@10 for both (optionally writing a markdown report).
 *
 * <pre>
 * SearchEvaluation --seed &lt;graph-seed folder&gt; --judgments &lt;tsv&gt; [--out &lt;report.md&gt;] [--label &lt;text&gt;]
 * </pre>
 */
public final class SearchEvaluation {

    static final String USAGE =
            "usage: SearchEvaluation --seed <graph-seed folder> --judgments <tsv> [--out <report.md>] [--label <text>]";

    private SearchEvaluation() {}

    public static void main(String[] args) {
        Command.exit(SearchEvaluation::run, args);
    }

    /** Returns the exit status: 0 done, 1 failed, 2 wrong usage or invalid judgments. */
    static int run(String[] args) {
        Options options;
        Judgments judgments;
        try {
            options = Options.parse(args);
            judgments = Judgments.read(options.judgments());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (EvaluationStore store = EvaluationStore.start(options.seed(), "brainbridge-search-eval")) {
            EvaluationReport report = new Evaluator(store.bean(SearchProbe.class), store.bean(GraphGateway.class))
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
    record Options(Path seed, Path judgments, Path out, String label) {

        static Options parse(String[] args) {
            Path seed = null;
            Path judgments = null;
            Path out = null;
            String label = null;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing a value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--seed" -> seed = Path.of(value);
                    case "--judgments" -> judgments = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--label" -> label = value;
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
            return new Options(seed, judgments, out, label);
        }
    }
}

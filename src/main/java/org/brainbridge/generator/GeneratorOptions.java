package org.brainbridge.generator;

import java.nio.file.Path;

/**
 * The command line: {@code --nodes N --out DIR [--seed S] [--base DIR] [--no-policy] [--judgments | --no-judgments]}.
 *
 * @param nodes total number of nodes to generate (technologies included)
 * @param out the folder to write; the data goes to {@code <out>/generated/}
 * @param seed the random seed: the same arguments give the same bytes
 * @param base the graph-seed folder whose taxonomy (and policy) the data hangs on
 * @param copyBase whether to copy {@code <base>/policy} and {@code <base>/taxonomy} into the output
 * @param judgments whether to grade the planted matchmaking cases into {@code <out>/judgments/} (reading the folder
 *     back costs memory in proportion to its size, so by default only up to {@link #JUDGMENTS_UP_TO} nodes)
 */
record GeneratorOptions(int nodes, Path out, long seed, Path base, boolean copyBase, boolean judgments) {

    static final long DEFAULT_SEED = 20261129L;
    static final int MIN_NODES = 1_000;
    // Above this, enterprises outnumber the 31^4 fictional organisation codes (FAKE + 4 characters) of Checks.uscc.
    static final int MAX_NODES = 5_000_000;
    static final int JUDGMENTS_UP_TO = 200_000;

    static final String USAGE = """
            usage: GraphSeedGenerator --nodes N [--out DIR] [--seed S] [--base DIR] [--no-policy]
                                      [--judgments | --no-judgments]
              --nodes N      total nodes to generate, %,d to %,d (designed for 10,000 to 1,000,000)
              --out DIR      output folder (default target/graph-seed-<N>); data goes to DIR/generated/
              --seed S       random seed (default %d); same arguments, same bytes
              --base DIR     graph-seed folder with taxonomy/ and policy/ (default graph-seed)
              --no-policy    do not copy BASE/policy and BASE/taxonomy into DIR (load on top of a seeded graph)
              --judgments    grade the planted matchmaking cases into DIR/judgments/ (default up to %,d nodes)
              --no-judgments do not
            """.formatted(MIN_NODES, MAX_NODES, DEFAULT_SEED, JUDGMENTS_UP_TO);

    static GeneratorOptions parse(String... args) {
        Integer nodes = null;
        Path out = null;
        long seed = DEFAULT_SEED;
        Path base = Path.of("graph-seed");
        boolean copy = true;
        Boolean judgments = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--nodes" -> nodes = parseNodes(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = parseLong(value(args, ++i, arg), arg);
                case "--base" -> base = Path.of(value(args, ++i, arg));
                case "--no-policy" -> copy = false;
                case "--judgments" -> judgments = true;
                case "--no-judgments" -> judgments = false;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (nodes == null) {
            throw new IllegalArgumentException("--nodes is required");
        }
        return new GeneratorOptions(
                nodes,
                out == null ? Path.of("target", "graph-seed-" + nodes) : out,
                seed,
                base,
                copy,
                judgments == null ? nodes <= JUDGMENTS_UP_TO : judgments);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parseNodes(String text) {
        long n = parseLong(text.replace("_", "").replace(",", ""), "--nodes");
        if (n < MIN_NODES || n > MAX_NODES) {
            throw new IllegalArgumentException("--nodes must be between %,d and %,d".formatted(MIN_NODES, MAX_NODES));
        }
        return (int) n;
    }

    private static long parseLong(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }
}

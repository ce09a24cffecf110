import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The markdown report of bench/match-speed.sh: machine and load, set-up, p50/p90/p99/max per query with the server's
 * CPU time per request, and issue 4's targets met or not.
 */
final class MatchReport {

    private MatchReport() {}

    /** p99 targets in milliseconds (issue 4, "Speed, measured"). */
    static double target(String operation) {
        return switch (operation) {
            case "connections" -> 200;
            case "policyMatches" -> 50;
            default -> 100;
        };
    }

    private static final Map<String, String> WHAT = Map.of(
            "investorMatches", "investor → projects and enterprises",
            "partnerMatches", "institution → enterprises",
            "institutionMatches", "enterprise → institutions",
            "candidateMatches", "position → talent",
            "positionMatches", "talent → positions",
            "similar", "similar actors (any kind)",
            "connections", "paths between two actors (≤ 4 hops, 5 a page)",
            "policyMatches", "policy checklist of an actor (11 measures)");

    static void write(String[] args) throws Exception {
        Path out = Path.of(LoadGenerator.option(args, "--out", null));
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(LoadGenerator.option(args, "--latency", null)))) {
            String[] f = line.split("\t");
            if (f.length >= 11) {
                rows.put(f[0], f);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Matching speed — ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append("\n\nMeasured with `bench/match-speed.sh` (see bench/README.md).\n\n## Machine and set-up\n\n");
        md.append(Machine.describe());
        md.append("- Load average before the measured runs: ")
                .append(LoadGenerator.option(args, "--load-before", "?"))
                .append(" (the machine is shared: other work ran beside the benchmark when this is above ~1)\n");
        md.append("- JDK: ").append(LoadGenerator.option(args, "--java", "?")).append("; server JVM options: `")
                .append(LoadGenerator.option(args, "--server-opts", "")).append("`; commit ")
                .append(LoadGenerator.option(args, "--commit", "?")).append("\n");
        md.append("- Graph: ").append(LoadGenerator.option(args, "--nodes", "?"))
                .append(" generated nodes (bench/generate.sh) in the embedded store; ")
                .append(LoadGenerator.option(args, "--store", "?")).append("; peak RSS ")
                .append(Long.parseLong(LoadGenerator.option(args, "--rss-kb", "0")) / 1024).append(" MiB\n");
        md.append("- Clients: ").append(LoadGenerator.option(args, "--clients", "4"))
                .append(" concurrent, in the load generator's own process, each sending its next request when the last"
                        + " answered; ")
                .append(LoadGenerator.option(args, "--seconds", "20"))
                .append(
                        java.util.List.of(args).contains("--warmup-pass")
                                ? " s per query after a warm-up of every input once (what the portal keeps in memory,"
                                        + " such as candidates' profiles, is warm: the steady state) and "
                                        + LoadGenerator.option(args, "--warmup", "5") + " s more;"
                                        + " one query at a time"
                                        + (java.util.List.of(args).contains("--warm-all")
                                                ? ", every query warmed so in turn before the first was measured"
                                                : "")
                                        + "\n"
                                : " s per query after " + LoadGenerator.option(args, "--warmup", "5")
                                        + " s of warm-up (cold: `--cold`, what the portal keeps in memory"
                                        + " fills during the run); one query at a time\n");
        md.append("- Inputs: ").append(LoadGenerator.option(args, "--per", "?"))
                .append(" source ids per query drawn from the generated graph (`LoadGenerator match-inputs`): four in"
                        + " five uniformly among the actors a journey accepts, one in five among the biggest percent"
                        + " (the hubs); talent only with consent; connections between two actors of different kinds\n");
        md.append("- Selection sets: what the frontend asks for (the matchmaking workspace's page of 10 with node,"
                + " score, factors, evidence paths, matched terms, gaps and reasons; the connection finder's page of 5"
                + " paths; the policy checklist's 11 measures with criteria, evidence, support and responsible"
                + " bodies)\n\n");

        md.append("## Latency (milliseconds)\n\n")
                .append("| query | what | requests | errors | no result | p50 | p90 | p99 | max | req/s |"
                        + " server CPU ms/request | p99 target | met |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        boolean all = true;
        for (String op : Operations.MATCHING) {
            String[] f = rows.get(op);
            if (f == null) {
                continue;
            }
            double p99 = Double.parseDouble(f[6]);
            boolean met = p99 <= target(op) && "0".equals(f[3]);
            all &= met;
            md.append("| `").append(op).append("` | ").append(WHAT.getOrDefault(op, "")).append(" | ")
                    .append(f[2]).append(" | ").append(f[3]).append(" | ").append(f[9]);
            for (int i = 4; i < 9; i++) {
                md.append(" | ").append(f[i]);
            }
            md.append(" | ").append(f[10]).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", target(op)))
                    .append(" | ").append(met ? "**met**" : "**NOT met**").append(" |\n");
        }
        md.append("\n\"No result\": responses with `totalCount` 0 (for connections: no meaningful path within four"
                + " hops). Server CPU: the portal process's user + system CPU time during the measured run divided by"
                + " the requests answered (JVM background work such as GC and JIT included).\n\n");
        md.append("## Targets (issue 4)\n\n");
        md.append("- each journey's first page p99 ≤ 100 ms, `connections` p99 ≤ 200 ms, `policyMatches` p99 ≤ 50 ms,"
                + " 4 concurrent clients on 2 cores, no errors: ")
                .append(all && rows.keySet().containsAll(Operations.MATCHING) ? "**met**" : "**NOT met**")
                .append("\n");
        List<String> missing = Operations.MATCHING.stream().filter(o -> !rows.containsKey(o)).toList();
        if (!missing.isEmpty()) {
            md.append("- not measured in this run: ").append(String.join(", ", missing)).append("\n");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.print(md);
    }
}

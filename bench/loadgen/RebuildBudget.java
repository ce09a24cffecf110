import java.util.List;
import java.util.Locale;

/**
 * The report's "where a rebuild's time goes": each part's CPU per node against the budget that the rebuild target
 * leaves on this machine (10,000 nodes a second on c cores: c / 10,000 CPU-seconds a node for everything).
 */
final class RebuildBudget {

    static final double TARGET_NODES_PER_SECOND = 10_000;

    private RebuildBudget() {}

    static void write(StringBuilder md, List<String> parts) {
        int cores = Runtime.getRuntime().availableProcessors();
        double budget = cores * 1000.0 / TARGET_NODES_PER_SECOND * 1000; // CPU ms per 1,000 nodes
        md.append("\n## Where a rebuild's time goes (ours)\n\n")
                .append(String.format(Locale.ROOT,
                        "The rebuild target (10,000 nodes/s) leaves %,.0f ms of CPU per 1,000 nodes on this machine's %d"
                                + " cores, for reading, analysis, inversion and merging together. The parts below run in"
                                + " the portal (`benchmarkRebuildParts`): the graph read exactly as a rebuild reads it with"
                                + " nothing indexed; then the documents, held in memory, indexed into a scratch index with"
                                + " the rebuild's writer, threads and final merge, whole and with fields left out. CPU is"
                                + " the portal process's (every thread, the embedded Neo4j's included).\n\n",
                        budget, cores))
                .append("| part | nodes | seconds | nodes/s | CPU s | CPU ms per 1,000 nodes | × budget |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String part : parts) {
            double nodes = number(part, "items");
            double cpuPerThousand = number(part, "cpuSeconds") * 1000 / nodes * 1000;
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %,.0f | %.1f | %,.0f | %.1f |%n",
                    GraphQlClient.field(part, "name"), nodes, number(part, "seconds"), number(part, "perSecond"),
                    number(part, "cpuSeconds"), cpuPerThousand, cpuPerThousand / budget));
        }
    }

    private static double number(String object, String field) {
        return Double.parseDouble(GraphQlClient.field(object, field));
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Inputs drawn from a graph-seed folder, deterministic (fixed random seeds): the search benchmark's query, prefix
 * and id files ({@link #search}), and the matching benchmark's source ids per journey ({@link #matching}).
 */
final class Inputs {

    private Inputs() {}

    private static final List<String> SEARCH_KINDS = List.of("Enterprise", "Product", "Institution", "Investor", "Project");

    /**
     * What people type (the judged queries, then names and English names of actors), prefixes of those names for
     * suggestions, and ids of actors for the visibility runs.
     */
    static void search(Path graph, Path judgments, Path out) throws Exception {
        Files.createDirectories(out);
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (Files.exists(judgments)) {
            Files.readAllLines(judgments).stream()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("query_id"))
                    .map(l -> l.split("\t"))
                    .filter(f -> f.length > 1)
                    .map(f -> f[1].strip())
                    .distinct()
                    .forEach(queries::add);
        }
        for (String kind : SEARCH_KINDS) {
            Table table = Table.read(graph, kind);
            if (table == null) {
                continue;
            }
            int name = table.column("name");
            int en = table.column("name_en");
            for (int k = 0; k < 40 && !table.rows().isEmpty(); k++) {
                List<String> row = table.rows().get(random.nextInt(table.rows().size()));
                ids.add(row.getFirst());
                String zh = row.get(name);
                if (k < 20) {
                    queries.add(zh);
                }
                prefixes.add(zh.substring(0, Math.min(zh.length(), 1 + k % 3)));
                if (en >= 0 && en < row.size() && !row.get(en).isBlank()) {
                    String english = row.get(en);
                    if (k < 8) {
                        queries.add(String.join(" ", Arrays.asList(english.split(" ")).subList(
                                0, Math.min(3, english.split(" ").length))));
                    }
                    prefixes.add(english.substring(0, Math.min(english.length(), 3 + k % 4)).strip());
                }
            }
        }
        Files.write(out.resolve("queries.txt"), queries);
        Files.write(out.resolve("prefixes.txt"), prefixes);
        Files.write(out.resolve("ids.txt"), ids);
        System.out.printf("%d queries, %d prefixes, %d ids in %s%n", queries.size(), prefixes.size(), ids.size(), out);
    }

    /**
     * Source ids per matching operation, one file each ({@code <operation>.txt}; connections: two ids a line). A
     * user picks an actor they are looking at, so sources are drawn uniformly from the rows a journey accepts, plus
     * one in five from the biggest actors (the generator's first ranks are its hubs: an entity's index is its rank),
     * so that the slow end of the distribution is in every run. Talent without consent, or opted out, and opted-out
     * organisations are never sources: the portal refuses them.
     */
    static void matching(Path graph, Path out, int perOperation) throws Exception {
        Files.createDirectories(out);
        Map<String, Table> tables = new HashMap<>();
        for (String kind : List.of("Investor", "Institution", "Enterprise", "Position", "Talent", "Project")) {
            Table table = Table.read(graph, kind);
            if (table == null) {
                throw new IllegalArgumentException("no " + kind + ".csv under " + graph);
            }
            tables.put(kind, table);
        }
        Predicate<List<String>> open = row -> true;
        Predicate<List<String>> enterpriseOpen = tables.get("Enterprise").isNot("opted_out", "true");
        Set<String> optedOut = new java.util.HashSet<>();
        tables.get("Enterprise").rows().stream().filter(enterpriseOpen.negate()).forEach(r -> optedOut.add(r.getFirst()));
        // A talent whose current employer opted out is out too (the portal applies an organisation's choice to its people).
        Set<String> employedByOptedOut = new java.util.HashSet<>();
        Table worksAt = Table.read(graph, "WORKS_AT");
        if (worksAt != null) {
            Predicate<List<String>> current = worksAt.isNot("current", "false");
            worksAt.rows().stream()
                    .filter(r -> current.test(r) && optedOut.contains(r.get(1)))
                    .forEach(r -> employedByOptedOut.add(r.getFirst()));
        }
        Map<String, Predicate<List<String>>> accepts = Map.of(
                "Enterprise", enterpriseOpen,
                "Talent", tables.get("Talent").is("consent_to_match", "true")
                        .and(tables.get("Talent").isNot("opted_out", "true"))
                        .and(row -> !employedByOptedOut.contains(row.getFirst())),
                "Investor", open,
                "Institution", open,
                "Position", open,
                "Project", open);
        Random random = new Random(20261129);
        Sampler sample = (kind, n) -> draw(tables.get(kind), accepts.get(kind), n, random);
        int n = perOperation;
        write(out, "investorMatches", sample.ids("Investor", n));
        write(out, "partnerMatches", sample.ids("Institution", n));
        write(out, "institutionMatches", sample.ids("Enterprise", n));
        write(out, "candidateMatches", sample.ids("Position", n));
        write(out, "positionMatches", sample.ids("Talent", n));
        List<String> similar = new ArrayList<>();
        for (String kind : List.of("Enterprise", "Institution", "Investor", "Project", "Talent", "Position")) {
            similar.addAll(sample.ids(kind, Math.max(1, n / 6)));
        }
        write(out, "similar", shuffled(similar, random));
        List<String> actors = new ArrayList<>();
        for (String kind : List.of("Enterprise", "Institution", "Investor", "Talent", "Project")) {
            actors.addAll(sample.ids(kind, Math.max(1, n / 5)));
        }
        write(out, "policyMatches", shuffled(actors, random));
        write(out, "connections", pairs(graph, tables, accepts, n, sample, random));
    }

    /** The kinds whose pairs the connection benchmark asks about. */
    private static final List<String> PAIR_KINDS = List.of("Enterprise", "Institution", "Investor", "Project");

    /** Ties between actors and their own things that a walk for connected pairs follows (either direction). */
    private static final List<String> TIES = List.of(
            "COLLABORATES_WITH", "INVESTED_IN", "SUPPLIES", "RUNS", "AFFILIATED_WITH", "LICENSED_TO", "TRIALS_AT",
            "OWNS", "MAKES", "LEADS", "WORKS_AT");

    /**
     * "How is this lab connected to that investor": pairs of actors of two different kinds. Half are random pairs
     * (most of which have no meaningful path within four hops in a generated graph: the portal must answer "none"
     * quickly too); half are the ends of a random walk of two to four concrete ties (investment, collaboration,
     * employment, ownership …) from a random actor, the pairs a person who suspects a link would ask about.
     */
    private static List<String> pairs(
            Path graph,
            Map<String, Table> tables,
            Map<String, Predicate<List<String>>> accepts,
            int n,
            Sampler sample,
            Random random)
            throws Exception {
        Map<String, List<String>> ties = new HashMap<>();
        for (String type : TIES) {
            Table table = Table.read(graph, type);
            if (table == null) {
                continue;
            }
            for (List<String> row : table.rows()) {
                ties.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
                ties.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(0));
            }
        }
        Set<String> closedTalent = new java.util.HashSet<>();
        tables.get("Talent").rows().stream()
                .filter(accepts.get("Talent").negate())
                .forEach(r -> closedTalent.add(r.getFirst()));
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Every ordered pair of two different kinds in turn (the offset runs 1..3).
            String a = PAIR_KINDS.get(i % PAIR_KINDS.size());
            String b = PAIR_KINDS.get((i + 1 + (i / PAIR_KINDS.size()) % (PAIR_KINDS.size() - 1)) % PAIR_KINDS.size());
            String from = sample.ids(a, 1).getFirst();
            String to = i % 2 == 0 ? sample.ids(b, 1).getFirst() : walk(from, kindOf(from), ties, closedTalent, random);
            pairs.add(from + "\t" + (to == null ? sample.ids(b, 1).getFirst() : to));
        }
        return pairs;
    }

    /** The end of a random walk of 2 to 4 ties from an actor: another actor of a pair kind, not its own kind. */
    private static String walk(
            String from, String kind, Map<String, List<String>> ties, Set<String> closedTalent, Random random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int steps = 2 + random.nextInt(3);
            String at = from;
            Set<String> seen = new java.util.HashSet<>(List.of(from));
            for (int s = 0; s < steps && at != null; s++) {
                List<String> next = ties.getOrDefault(at, List.of()).stream()
                        .filter(x -> !seen.contains(x) && !closedTalent.contains(x))
                        .toList();
                at = next.isEmpty() ? null : next.get(random.nextInt(next.size()));
                seen.add(at);
            }
            String end = at == null ? null : kindOf(at);
            if (end != null && !end.equals(kind) && PAIR_KINDS.contains(end)) {
                return at;
            }
        }
        return null;
    }

    private static String kindOf(String id) {
        return switch (id.substring(0, id.indexOf('-'))) {
            case "ent" -> "Enterprise";
            case "inst" -> "Institution";
            case "inv" -> "Investor";
            case "proj" -> "Project";
            default -> "";
        };
    }

    private interface Sampler {
        List<String> ids(String kind, int n);
    }

    /** n distinct ids: four in five uniformly from all accepted rows, one in five from the first percent (hubs). */
    private static List<String> draw(Table table, Predicate<List<String>> accepts, int n, Random random) {
        List<List<String>> rows = table.rows().stream().filter(accepts).toList();
        int top = Math.max(1, rows.size() / 100);
        Set<String> ids = new LinkedHashSet<>();
        for (int attempts = 0; ids.size() < Math.min(n, rows.size()) && attempts < n * 20; attempts++) {
            boolean hub = ids.size() % 5 == 4;
            ids.add(rows.get(random.nextInt(hub ? top : rows.size())).getFirst());
        }
        return List.copyOf(ids);
    }

    private static List<String> shuffled(List<String> list, Random random) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private static void write(Path out, String operation, List<String> lines) throws Exception {
        Files.write(out.resolve(operation + ".txt"), lines);
        System.out.printf("%s: %d inputs%n", operation, lines.size());
    }

    /** One kind's CSV file of a graph-seed folder, header and rows (found anywhere under the folder). */
    record Table(List<String> header, List<List<String>> rows) {

        static Table read(Path graph, String kind) throws Exception {
            Path file;
            try (var files = Files.walk(graph)) {
                file = files.filter(p -> p.getFileName().toString().equals(kind + ".csv"))
                        .findFirst()
                        .orElse(null);
            }
            if (file == null) {
                return null;
            }
            List<String> lines = Files.readAllLines(file);
            List<List<String>> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(csv(line));
                }
            }
            return new Table(csv(lines.getFirst()), rows);
        }

        int column(String name) {
            return header.indexOf(name);
        }

        Predicate<List<String>> is(String column, String value) {
            int i = column(column);
            return row -> i >= 0 && i < row.size() && row.get(i).equals(value);
        }

        Predicate<List<String>> isNot(String column, String value) {
            int i = column(column);
            return row -> i < 0 || i >= row.size() || !row.get(i).equals(value);
        }
    }

    /** One CSV line (RFC 4180 quotes; the generator writes no line breaks inside fields). */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

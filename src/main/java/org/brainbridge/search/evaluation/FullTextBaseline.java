package org.brainbridge.search.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.search.SearchProbe;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The baseline our search is compared with: Neo4j's own full-text index (Lucene with the CJK bigram analyzer) over the
 * same text our index holds. Every node gets three scaffolding properties copied from our documents, so both sides see
 * the same words: {@code evalNames} (names, short names, English names, aliases, a policy's title; a talent's headline,
 * never the name), {@code evalTexts} (descriptions and other texts) and {@code neighbourText} (neighbours' names).
 */
final class FullTextBaseline {

    static final String INDEX = "bb_eval_fulltext";
    private static final int BATCH = 500;
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private static final String SET_TEXT = """
            UNWIND $rows AS row
            MATCH (n:Entity {id: row.id})
            SET n.evalNames = row.names, n.evalTexts = row.texts, n.neighbourText = row.neighbours
            """;
    private static final String CREATE_INDEX = """
            CREATE FULLTEXT INDEX %s IF NOT EXISTS
            FOR (n:Entity) ON EACH [n.evalNames, n.evalTexts, n.neighbourText]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
            """.formatted(INDEX);
    private static final String STATE = "SHOW INDEXES YIELD name, state WHERE name = $name RETURN state";
    private static final String QUERY = """
            CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
            RETURN node.id AS id, score LIMIT $limit
            """;
    private static final String DROP_INDEX = "DROP INDEX %s IF EXISTS".formatted(INDEX);
    private static final String RENAME = """
            MATCH (n:Entity {id: $id})
            SET n.evalNames = $name + '\n' + coalesce(n.evalNames, '')
            """;

    private final GraphGateway gateway;
    private final SearchProbe probe;
    private final java.util.concurrent.atomic.AtomicInteger failedQueries =
            new java.util.concurrent.atomic.AtomicInteger();

    FullTextBaseline(GraphGateway gateway, SearchProbe probe) {
        this.gateway = gateway;
        this.probe = probe;
    }

    /** Copies the text onto every node, creates the index and waits until it is online. */
    void prepare(Duration timeout) {
        List<String> ids = probe.allIds();
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SearchProbe.DocumentText text : probe.documentTexts(ids.subList(i, Math.min(ids.size(), i + BATCH)))) {
                rows.add(Map.of(
                        "id", text.id(),
                        "names", join(text.names()),
                        "texts", join(text.texts()),
                        "neighbours", join(text.neighbourNames())));
            }
            // Scaffolding on a throwaway store, deliberately not through GraphWriter: it must not enter the change log
            // (our index would re-index every node for nothing) and it is not domain data.
            gateway.writeScaffolding(tx -> {
                tx.run(SET_TEXT, Map.of("rows", rows));
                return null;
            });
        }
        createIndex(timeout);
    }

    private void createIndex(Duration timeout) {
        gateway.writeScaffolding(tx -> {
            tx.run(CREATE_INDEX, Map.of());
            return null;
        });
        gateway.query("CALL db.awaitIndexes($seconds)", Map.of("seconds", Math.max(1, timeout.toSeconds())));
        String state = gateway.query(STATE, Map.of("name", INDEX))
                .getFirst()
                .get("state")
                .asString();
        if (!state.equals("ONLINE")) {
            throw new IllegalStateException("Full-text index %s is %s, not ONLINE".formatted(INDEX, state));
        }
    }

    /** The ids of the first n hits; empty when the query is empty or Lucene still rejects it after escaping. */
    List<String> rankedIds(String query, int n) {
        return hits(escape(query), n).stream().map(Hit::id).toList();
    }

    /**
     * Suggestions the baseline can give: names whose words start with the prefix (a trailing wildcard on the last
     * word, the closest Neo4j's full-text query syntax comes to completion).
     */
    List<Hit> prefixHits(String prefix, int n) {
        String escaped = escape(prefix);
        return escaped.isBlank() ? List.of() : hits("evalNames:(" + escaped + "*)", n);
    }

    /** Hits of an already escaped Lucene query (empty when Neo4j rejects it). */
    List<Hit> hits(String luceneQuery, int n) {
        if (luceneQuery.isBlank()) {
            return List.of();
        }
        try {
            return gateway.query(QUERY, Map.of("index", INDEX, "q", luceneQuery, "limit", n)).stream()
                    .map(r -> new Hit(r.get("id").asString(), r.get("score").asDouble()))
                    .toList();
        } catch (ClientException e) {
            failedQueries.incrementAndGet();
            return List.of();
        }
    }

    /** Drops the full-text index and creates it again over the text already on the nodes; waits until it is online. */
    void recreateIndex(Duration timeout) {
        gateway.writeScaffolding(tx -> {
            tx.run(DROP_INDEX, Map.of());
            return null;
        });
        createIndex(timeout);
    }

    /** Puts a new name in front of the baseline's names of a node (what an edit of its name does to the baseline). */
    void rename(String id, String name) {
        gateway.writeScaffolding(tx -> {
            tx.run(RENAME, Map.of("id", id, "name", name));
            return null;
        });
    }

    /** A baseline hit. */
    record Hit(String id, double score) {}

    /** Queries Neo4j rejected even after escaping (each counted as an empty result). */
    int failedQueries() {
        return failedQueries.get();
    }

    /**
     * Escapes what the classic Lucene query syntax would read as operators, so the baseline searches the words typed
     * (as our search does) instead of failing on them. AND, OR and NOT are operators only in capitals: lower-cased they
     * are plain words (and stop words of the analyzer).
     */
    static String escape(String query) {
        String words =
                OPERATORS.matcher(query.strip()).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        StringBuilder escaped = new StringBuilder();
        for (char c : words.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String join(List<String> values) {
        return String.join("\n", values);
    }
}

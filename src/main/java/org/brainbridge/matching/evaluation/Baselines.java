package org.brainbridge.matching.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.MatchingService;

/**
 * The two baselines that know nothing of the source: a random order and the most connected nodes, both over the
 * journey's candidate kinds, both held to the same hard rules as our engine (so that neither loses for proposing
 * someone our engine may never propose).
 *
 * <ul>
 *   <li><b>random</b>: every matchable node of the candidate kinds, shuffled with a generator seeded from the run's
 *       seed, the journey and the source id, so that a run gives the same order every time and whatever the order of
 *       the judgments;
 *   <li><b>most connected</b>: the matchable nodes of the candidate kinds by degree (all their relationships), highest
 *       first, ties by id: the same list for every source, which is what "recommend the hubs" means.
 * </ul>
 */
final class Baselines {

    /** How many of a list are checked against the hard rules at a time. */
    private static final int CHUNK = 40;
    /** The most connected nodes kept per kind list; the hard rules rarely reject more than a few of them. */
    private static final int TOP_DEGREE = 400;

    private static final String MATCHABLE =
            "coalesce(n.optedOut, false) = false AND (NOT n:Talent OR n.consentToMatch = true)";

    private final GraphGateway gateway;
    private final MatchingService matching;
    private final long seed;
    private final Map<List<NodeKind>, List<String>> all = new HashMap<>();
    private final Map<List<NodeKind>, List<String>> connected = new HashMap<>();

    Baselines(GraphGateway gateway, MatchingService matching, long seed) {
        this.gateway = gateway;
        this.matching = matching;
        this.seed = seed;
    }

    List<String> random(Journey journey, String source, List<NodeKind> kinds, int k) {
        List<String> ids = new ArrayList<>(all.computeIfAbsent(kinds, this::allOf));
        SplittableRandom random =
                new SplittableRandom(seed * 1_000_003L + (journey.name() + "\u0000" + source).hashCode());
        // Fisher–Yates: a permutation fully determined by the generator.
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, t);
        }
        return firstAllowed(journey, source, ids, k);
    }

    List<String> mostConnected(Journey journey, String source, List<NodeKind> kinds, int k) {
        return firstAllowed(journey, source, connected.computeIfAbsent(kinds, this::byDegree), k);
    }

    private List<String> firstAllowed(Journey journey, String source, List<String> ordered, int k) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < ordered.size() && out.size() < k; from += CHUNK) {
            List<String> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK)).stream()
                    .filter(id -> !id.equals(source))
                    .toList();
            for (String id : matching.allowed(journey, source, chunk)) {
                if (out.size() < k) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private List<String> allOf(List<NodeKind> kinds) {
        return gateway
                .query(
                        "MATCH (n:Entity) WHERE (%s) AND %s RETURN n.id AS id ORDER BY id"
                                .formatted(labels(kinds), MATCHABLE),
                        Map.of())
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    private List<String> byDegree(List<NodeKind> kinds) {
        return gateway
                .query(
                        ("MATCH (n:Entity) WHERE (%s) AND %s WITH n, COUNT { (n)--() } AS degree "
                                        + "RETURN n.id AS id ORDER BY degree DESC, id LIMIT $limit")
                                .formatted(labels(kinds), MATCHABLE),
                        Map.of("limit", TOP_DEGREE))
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /** Labels come from the NodeKind enum, never from input. */
    private static String labels(List<NodeKind> kinds) {
        return kinds.stream().map(k -> "n:" + k.label()).collect(Collectors.joining(" OR "));
    }
}

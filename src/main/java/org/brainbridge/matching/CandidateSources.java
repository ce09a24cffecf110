package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.brainbridge.graph.ChangeFollowingCache;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A request's graph candidates: holders of the source's technologies (with their narrower terms), servers of its
 * scenarios and the partners of its partners, each technology, scenario or partner contributing at most {@code
 * per-source} of the kinds wanted, those reached most often first. Who holds a technology, serves a scenario or works
 * with a partner is kept in memory per node and kinds wanted (the same few hundred seeds come back request after
 * request, and reading them was a match request's largest statement); narrower terms come from {@link Taxonomies}.
 *
 * <p>A node's list goes stale when the node gains or loses a relationship (the change names it) or when one it lists
 * changes (opts out, withdraws consent, is deleted: the change names that one, and the node is its neighbour). So a
 * change drops the lists of the nodes it names and of their neighbours, as for {@link ProfileCache}; a list that is
 * stale for a moment proposes at worst a candidate that the hard rules, judging the candidate's own kept-true profile,
 * turn away.
 */
@Component
class CandidateSources implements SmartLifecycle {

    /** How a seed reaches candidates. */
    enum Via {
        TECHNOLOGY,
        SCENARIO,
        PARTNER
    }

    private final MatchingRepository repository;
    private final MatchingProperties properties;
    private final ChangeFollowingCache<List<String>> holders;
    /** The (way, kinds) pairs lists are kept for: a stale node drops its list under each. */
    private final Set<String> groups = ConcurrentHashMap.newKeySet();

    CandidateSources(MatchingRepository repository, ChangeLog changeLog, MatchingProperties properties) {
        this.repository = repository;
        this.properties = properties;
        this.holders = new ChangeFollowingCache<>(
                "candidate-sources",
                properties.candidateSourceCacheSize(),
                properties.changePollInterval(),
                changeLog,
                this::stale);
    }

    /**
     * The request's candidates: the text candidates given, then those of the target kinds from the graph, most often
     * reached first, each once, the source never, at most {@code candidates} from the graph.
     *
     * @param techs the technologies to look for holders of, each with how many steps of narrower terms to follow
     */
    List<String> ids(
            List<NodeKind> kinds,
            List<String> text,
            Map<String, Integer> techs,
            Collection<String> scenarios,
            Collection<String> partners,
            String source,
            Taxonomies.Snapshot taxonomies) {
        Map<String, Integer> reached = new HashMap<>();
        if (properties.candidates() > 0) {
            count(reached, holders(Via.TECHNOLOGY, kinds, narrower(techs, taxonomies)));
            count(reached, holders(Via.SCENARIO, kinds, new LinkedHashSet<>(scenarios)));
            count(reached, holders(Via.PARTNER, kinds, new LinkedHashSet<>(partners)));
        }
        reached.remove(source);
        Set<String> ids = new LinkedHashSet<>(text);
        reached.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(properties.candidates())
                .forEach(e -> ids.add(e.getKey()));
        return List.copyOf(ids);
    }

    private static void count(Map<String, Integer> reached, Collection<List<String>> lists) {
        lists.forEach(list -> list.forEach(id -> reached.merge(id, 1, Integer::sum)));
    }

    /** The technologies and their narrower terms down to the steps given for each, each once. */
    private static Set<String> narrower(Map<String, Integer> techs, Taxonomies.Snapshot taxonomies) {
        Set<String> all = new LinkedHashSet<>();
        techs.forEach((id, down) -> {
            if (taxonomies.tech(id) != null) {
                all.addAll(taxonomies.techDown(id, down));
            }
        });
        return all;
    }

    private Collection<List<String>> holders(Via via, List<NodeKind> kinds, Set<String> seeds) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        String group = via + ":" + kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        groups.add(group);
        List<String> keys = seeds.stream().map(id -> group + "|" + id).toList();
        return holders.get(keys, missing -> {
                    int cut = group.length() + 1;
                    Map<String, List<String>> read = repository.holders(
                            via,
                            kinds,
                            missing.stream().map(k -> k.substring(cut)).toList(),
                            properties.perSource());
                    Map<String, List<String>> byKey = new LinkedHashMap<>();
                    missing.forEach(k -> byKey.put(k, read.getOrDefault(k.substring(cut), List.of())));
                    return byKey;
                })
                .values();
    }

    private Collection<String> stale(String operation, List<String> ids) {
        if (ids.size() > ProfileCache.MAX_FANNED_OUT) {
            return null;
        }
        Set<String> nodes = new LinkedHashSet<>(ids);
        nodes.addAll(repository.neighbours(ids));
        List<String> keys = new ArrayList<>(nodes.size() * groups.size());
        for (String group : groups) {
            nodes.forEach(id -> keys.add(group + "|" + id));
        }
        return keys;
    }

    /**
     * The change-log sequence the lists are true to (this application's writes as they commit, other instances' as
     * followed): what the taxonomies and profiles of a request are brought up to.
     */
    long sequence() {
        return holders.sequence();
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    void follow() {
        holders.follow();
    }

    @org.springframework.context.event.EventListener
    void committed(GraphChanged change) {
        holders.committed(change);
    }

    @Override
    public void start() {
        holders.start();
    }

    @Override
    public void stop() {
        holders.stop();
    }

    @Override
    public boolean isRunning() {
        return holders.isRunning();
    }
}

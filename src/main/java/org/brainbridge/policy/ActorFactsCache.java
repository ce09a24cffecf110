package org.brainbridge.policy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brainbridge.graph.ChangeFollowingCache;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Actors' facts kept in memory: reading them was most of a checklist's cost, and the same actors are looked at again.
 *
 * <p>Facts reach one step out (regions, technologies, scenarios, segments, products, projects, trial sites) and a
 * second only through what the actor makes or runs (a product's technologies, scenarios, segments and trial sites),
 * besides the region, technology and segment hierarchies. So a change drops the facts of the nodes it names, of their
 * neighbours, and of whoever makes or runs one of those neighbours; a change naming a region, technology or chain
 * segment (a hierarchy may have moved), an id of no known kind, or more than {@link #MAX_FANNED_OUT} ids drops them
 * all.
 */
@Component
class ActorFactsCache implements SmartLifecycle {

    /** Kinds whose hierarchies facts hold (regions above, technologies and segments broader). */
    static final Set<NodeKind> HIERARCHIES = Set.of(NodeKind.REGION, NodeKind.TECHNOLOGY, NodeKind.CHAIN_SEGMENT);

    /** Above this many ids in one change, dropping everything is cheaper than finding what they reach. */
    static final int MAX_FANNED_OUT = 1_000;

    private final PolicyMatchRepository repository;
    private final ChangeFollowingCache<ActorFacts> facts;

    ActorFactsCache(PolicyMatchRepository repository, ChangeLog changeLog, PolicyProperties properties) {
        this.repository = repository;
        this.facts = new ChangeFollowingCache<>(
                "actor-facts", properties.factsCacheSize(), properties.changePollInterval(), changeLog, this::stale);
    }

    private Collection<String> stale(String operation, List<String> ids) {
        boolean hierarchy = ids.stream()
                .anyMatch(id -> NodeKind.byId(id).map(HIERARCHIES::contains).orElse(true));
        if (hierarchy || ids.size() > MAX_FANNED_OUT) {
            return null;
        }
        Set<String> stale = new LinkedHashSet<>(ids);
        stale.addAll(repository.reachingFacts(ids));
        return stale;
    }

    /** The actor's facts, or empty if there is no node with this id. */
    Optional<ActorFacts> facts(String id) {
        return Optional.ofNullable(facts.get(
                        List.of(id),
                        missing -> repository.facts(id).map(f -> Map.of(id, f)).orElse(Map.of()))
                .get(id));
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    void follow() {
        facts.follow();
    }

    @EventListener
    void committed(GraphChanged change) {
        facts.committed(change);
    }

    @Override
    public void start() {
        facts.start();
    }

    @Override
    public void stop() {
        facts.stop();
    }

    @Override
    public boolean isRunning() {
        return facts.isRunning();
    }
}

package org.brainbridge.policy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brainbridge.graph.ChangeFollowingCache;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphChanged;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The policy's side of a checklist kept in memory: its measures, their responsible bodies and their support. Every
 * checklist shows all of it, it is a few dozen nodes, and it changes only when a curator edits the policy; reading it
 * was three of a checklist's four statements. Any change naming a node of the policy's kinds (a measure, a section, a
 * body, an instrument or programme, the policy itself; a relationship names both its ends) drops it all, as does a
 * change naming an id of no known kind.
 */
@Component
class PolicyData implements SmartLifecycle {

    /** Kinds whose nodes (or relationships) make up what is held here. */
    static final Set<NodeKind> POLICY_KINDS = Set.of(
            NodeKind.POLICY,
            NodeKind.POLICY_SECTION,
            NodeKind.MEASURE,
            NodeKind.RESPONSIBLE_BODY,
            NodeKind.SUPPORT_INSTRUMENT,
            NodeKind.PROGRAMME);

    /** Policies and measures held: a handful per policy. */
    private static final int MAXIMUM_SIZE = 2_000;

    private sealed interface Held {}

    private record HeldMeasures(Optional<PolicyMatchRepository.PolicyMeasures> measures) implements Held {}

    private record HeldBodies(List<GraphNode> bodies) implements Held {}

    private record HeldSupport(List<SupportOffer> support) implements Held {}

    private final PolicyMatchRepository repository;
    private final ChangeFollowingCache<Held> held;

    PolicyData(PolicyMatchRepository repository, ChangeLog changeLog, PolicyProperties properties) {
        this.repository = repository;
        this.held = new ChangeFollowingCache<>(
                "policy-data", MAXIMUM_SIZE, properties.changePollInterval(), changeLog, PolicyData::stale);
    }

    private static Collection<String> stale(String operation, List<String> ids) {
        boolean policy = ids.stream()
                .anyMatch(id -> NodeKind.byId(id).map(POLICY_KINDS::contains).orElse(true));
        return policy ? null : List.of();
    }

    /** The policy and its measures in number order, or empty when there is no such policy. */
    Optional<PolicyMatchRepository.PolicyMeasures> measures(String policyId) {
        String key = "measures|" + policyId;
        Held found = held.get(List.of(key), missing -> Map.of(key, new HeldMeasures(repository.measures(policyId))))
                .get(key);
        return ((HeldMeasures) found).measures();
    }

    /** Responsible bodies per measure id, in the order the text lists them. */
    Map<String, List<GraphNode>> bodies(Collection<String> measureIds) {
        Map<String, List<GraphNode>> bodies = new HashMap<>();
        read("bodies|", measureIds, ids -> {
                    Map<String, List<GraphNode>> read = repository.bodies(ids);
                    Map<String, Held> byId = new HashMap<>();
                    ids.forEach(id -> byId.put(id, new HeldBodies(read.getOrDefault(id, List.of()))));
                    return byId;
                })
                .forEach((id, h) -> bodies.put(id, ((HeldBodies) h).bodies()));
        return bodies;
    }

    /** Support instruments and programmes per measure id, unordered. */
    Map<String, List<SupportOffer>> support(Collection<String> measureIds) {
        Map<String, List<SupportOffer>> support = new HashMap<>();
        read("support|", measureIds, ids -> {
                    Map<String, List<SupportOffer>> read = repository.support(ids);
                    Map<String, Held> byId = new HashMap<>();
                    ids.forEach(id -> byId.put(id, new HeldSupport(List.copyOf(read.getOrDefault(id, List.of())))));
                    return byId;
                })
                .forEach((id, h) -> support.put(id, ((HeldSupport) h).support()));
        return support;
    }

    /** Held values by measure id, those missing read with the loader (by measure id) and kept under the prefix. */
    private Map<String, Held> read(
            String prefix,
            Collection<String> measureIds,
            java.util.function.Function<List<String>, Map<String, Held>> loader) {
        Map<String, Held> byId = new HashMap<>();
        held.get(measureIds.stream().map(id -> prefix + id).toList(), keys -> {
                    Map<String, Held> byKey = new HashMap<>();
                    loader.apply(keys.stream()
                                    .map(k -> k.substring(prefix.length()))
                                    .toList())
                            .forEach((id, h) -> byKey.put(prefix + id, h));
                    return byKey;
                })
                .forEach((key, h) -> byId.put(key.substring(prefix.length()), h));
        return byId;
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    void follow() {
        held.follow();
    }

    @EventListener
    void committed(GraphChanged change) {
        held.committed(change);
    }

    @Override
    public void start() {
        held.start();
    }

    @Override
    public void stop() {
        held.stop();
    }

    @Override
    public boolean isRunning() {
        return held.isRunning();
    }
}

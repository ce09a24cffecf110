package org.brainbridge.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.ChangeFollowingCache;
import org.brainbridge.graph.ChangeLog;
import org.brainbridge.graph.GraphChanged;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Candidates' profiles kept in memory. Reading two hundred profiles (a bounded walk of each candidate's neighbourhood)
 * was most of a match request's time, and the same actors come back as candidates request after request.
 *
 * <p>A profile reads its node and what lies one step away (products, people, partners, organisations, matchmaking
 * records), and a step beyond only through such a neighbour (a product's technologies, a partner's degree, a record of
 * the actor's organisation): whatever changes, a named node or one of its neighbours holds the profile that goes
 * stale. So a change drops the profiles of the nodes it names and of their neighbours ({@link
 * MatchingRepository#profilesReached}); taxonomy terms are held by id and resolved through {@link Taxonomies}, and a profile
 * built on other taxonomies than the request's is read again. A batch naming more than {@link #MAX_FANNED_OUT} ids
 * (a bulk load) drops everything instead.
 *
 * <p>An investor's profile as a source also holds its co-investors, two steps away ({@link #source}), kept under a key
 * of its own: a change drops it for the nodes it names, their neighbours (an investment gained or lost) and the
 * co-investors of a named investor (whose degree the list holds).
 */
@Component
class ProfileCache implements SmartLifecycle {

    /** Above this many ids in one change, dropping everything is cheaper than finding their neighbours. */
    static final int MAX_FANNED_OUT = 1_000;

    private record Held(Profile profile, long taxonomiesLoadedAt) {}

    /** Prefixes the id of an investor to key its profile as a source, with co-investors. */
    private static final String AS_SOURCE = "source\u0000";

    private final MatchingRepository repository;
    private final Taxonomies taxonomies;
    private final ChangeFollowingCache<Held> profiles;

    ProfileCache(
            MatchingRepository repository, Taxonomies taxonomies, ChangeLog changeLog, MatchingProperties properties) {
        this.repository = repository;
        this.taxonomies = taxonomies;
        this.profiles = new ChangeFollowingCache<>(
                "profile-cache",
                properties.profileCacheSize(),
                properties.changePollInterval(),
                changeLog,
                this::stale);
    }

    private Collection<String> stale(String operation, List<String> ids) {
        if (ids.size() > MAX_FANNED_OUT) {
            return null;
        }
        Set<String> nodes = new LinkedHashSet<>(ids);
        nodes.addAll(repository.profilesReached(ids));
        Set<String> stale = new LinkedHashSet<>(nodes);
        nodes.forEach(id -> stale.add(AS_SOURCE + id));
        return stale;
    }

    /**
     * Candidates' profiles (not a source's) for these ids, in their order (unknown ids left out), built on the
     * taxonomies of {@code snapshot} or later.
     */
    List<Profile> candidates(List<String> ids, Taxonomies.Snapshot snapshot) {
        Map<String, Held> held = held(ids, snapshot);
        return ids.stream()
                .map(held::get)
                .filter(java.util.Objects::nonNull)
                .map(Held::profile)
                .toList();
    }

    private Map<String, Held> held(List<String> ids, Taxonomies.Snapshot snapshot) {
        return profiles.get(ids, h -> h.taxonomiesLoadedAt() == snapshot.loadedAt(), missing -> {
            Taxonomies.Snapshot[] builtOn = new Taxonomies.Snapshot[1];
            List<Profile> read = repository.profiles(missing, false, sequence -> {
                builtOn[0] = taxonomies.at(sequence);
                return builtOn[0];
            });
            Map<String, Held> byId = new HashMap<>();
            read.forEach(p -> byId.put(p.id(), new Held(p, builtOn[0].loadedAt())));
            return byId;
        });
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    void follow() {
        profiles.follow();
    }

    /**
     * A source's profile: the candidate profile held (or read), for an investor with its co-investors (read once and
     * held beside it, see the class comment). Empty if there is no such node.
     */
    java.util.Optional<Profile> source(String id) {
        Taxonomies.Snapshot snapshot = taxonomies.current();
        java.util.Optional<Profile> held =
                candidates(List.of(id), snapshot).stream().findFirst();
        if (held.isEmpty() || held.get().kind() != org.brainbridge.graph.model.NodeKind.INVESTOR) {
            return held;
        }
        // The candidate is read again inside the loader: a write dropping it meanwhile then keeps this from being held.
        Held source = profiles.get(List.of(AS_SOURCE + id), h -> h.taxonomiesLoadedAt() == snapshot.loadedAt(), key -> {
                    Map<String, Held> read = new HashMap<>();
                    Held candidate = held(List.of(id), snapshot).get(id);
                    if (candidate != null) {
                        read.put(
                                AS_SOURCE + id,
                                new Held(
                                        candidate.profile().withCoInvestors(repository.coInvestors(id)),
                                        candidate.taxonomiesLoadedAt()));
                    }
                    return read;
                })
                .get(AS_SOURCE + id);
        if (source == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(source.profile());
    }

    @EventListener
    void committed(GraphChanged change) {
        profiles.committed(change);
    }

    @Override
    public void start() {
        profiles.start();
    }

    @Override
    public void stop() {
        profiles.stop();
    }

    @Override
    public boolean isRunning() {
        return profiles.isRunning();
    }
}

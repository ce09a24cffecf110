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
 * MatchingRepository#neighbours}); taxonomy terms are held by id and resolved through {@link Taxonomies}, and a profile
 * built on other taxonomies than the request's is read again. A batch naming more than {@link #MAX_FANNED_OUT} ids
 * (a bulk load) drops everything instead. A source's profile is a held one with its co-investors, two steps away,
 * read each time ({@link #source}).
 */
@Component
class ProfileCache implements SmartLifecycle {

    /** Above this many ids in one change, dropping everything is cheaper than finding their neighbours. */
    static final int MAX_FANNED_OUT = 1_000;

    private record Held(Profile profile, long taxonomiesLoadedAt) {}

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
        Set<String> stale = new LinkedHashSet<>(ids);
        stale.addAll(repository.neighbours(ids));
        return stale;
    }

    /**
     * Candidates' profiles (not a source's) for these ids, in their order (unknown ids left out), built on the
     * taxonomies of {@code snapshot} or later.
     */
    List<Profile> candidates(List<String> ids, Taxonomies.Snapshot snapshot) {
        Map<String, Held> held = profiles.get(ids, h -> h.taxonomiesLoadedAt() == snapshot.loadedAt(), missing -> {
            Taxonomies.Snapshot[] builtOn = new Taxonomies.Snapshot[1];
            List<Profile> read = repository.profiles(missing, false, sequence -> {
                builtOn[0] = taxonomies.at(sequence);
                return builtOn[0];
            });
            Map<String, Held> byId = new HashMap<>();
            read.forEach(p -> byId.put(p.id(), new Held(p, builtOn[0].loadedAt())));
            return byId;
        });
        return ids.stream()
                .map(held::get)
                .filter(java.util.Objects::nonNull)
                .map(Held::profile)
                .toList();
    }

    /** Reads the change log from where this cache stands and drops what the changes named make stale. */
    void follow() {
        profiles.follow();
    }

    /**
     * A source's profile: the candidate profile held (or read), with its co-investors read alongside for an investor
     * (they lie two steps away, beyond what a held profile is kept true to). Empty if there is no such node.
     */
    java.util.Optional<Profile> source(String id) {
        java.util.Optional<Profile> held =
                candidates(List.of(id), taxonomies.current()).stream().findFirst();
        return held.map(p -> p.kind() == org.brainbridge.graph.model.NodeKind.INVESTOR
                ? p.withCoInvestors(repository.coInvestors(id))
                : p);
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

package org.brainbridge.connections;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which nodes a path may not pass through: hubs (degree above a percentile of all domain nodes' degrees, computed from
 * the data) and the roots of the hierarchies (the province, the policy, top-level technologies and chain tiers). Both
 * change slowly, so they are computed once and reused for {@code brainbridge.connections.refresh}; an expired value
 * keeps serving while one background refresh runs.
 */
@Component
class HubRule {

    private static final Logger log = LoggerFactory.getLogger(HubRule.class);

    private final ConnectionsRepository repository;
    private final ConnectionsProperties properties;
    private final Clock clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Limits limits;

    HubRule(ConnectionsRepository repository, ConnectionsProperties properties) {
        this.repository = repository;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    Limits limits() {
        Limits current = limits;
        if (current == null) {
            synchronized (this) {
                if (limits == null) {
                    limits = compute();
                }
                return limits;
            }
        }
        if (current.computedAt().plus(properties.refresh()).isBefore(clock.instant())
                && refreshing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("connections-hub-refresh").start(() -> {
                try {
                    limits = compute();
                } catch (RuntimeException e) {
                    log.warn("Hub degree refresh failed; keeping the previous one", e);
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return current;
    }

    /** Forgets the computed limits, so the next request computes them from the graph as it is now. */
    void reset() {
        limits = null;
    }

    private Limits compute() {
        int degree = properties.hubDegree() > 0
                ? properties.hubDegree()
                : Math.max(properties.minHubDegree(), repository.hubDegree(properties.hubPercentile()));
        return new Limits(degree, Set.copyOf(repository.hierarchyRoots()), clock.instant());
    }

    /**
     * The limits in force.
     *
     * @param hubDegree a node with more relationships than this is a hub
     * @param blocked ids of hierarchy roots
     */
    record Limits(int hubDegree, Set<String> blocked, Instant computedAt) {}
}

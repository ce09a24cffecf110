package org.brainbridge.connections;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the connection finder tells hubs from meaningful intermediate nodes.
 *
 * @param hubPercentile nodes whose degree is above this percentile of all domain nodes' degrees are hubs (0.995: the
 *     best-connected half percent)
 * @param minHubDegree the hub degree never falls below this, so a small graph keeps its ordinary nodes
 * @param hubDegree a fixed hub degree instead of the computed one (0: compute from the data)
 * @param refresh how long a computed hub degree and the set of hierarchy roots are reused
 * @param candidates how many candidate paths the graph query returns at most before ranking
 */
@ConfigurationProperties("brainbridge.connections")
record ConnectionsProperties(
        @DefaultValue("0.995") double hubPercentile,
        @DefaultValue("20") int minHubDegree,
        @DefaultValue("0") int hubDegree,
        @DefaultValue("10m") Duration refresh,
        @DefaultValue("300") int candidates) {}

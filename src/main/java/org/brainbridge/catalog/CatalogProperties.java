package org.brainbridge.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog reads.
 *
 * @param nodeCacheSize how many nodes (properties and provenance, as read from the graph) are kept in memory for
 *     lookups by id; 0 reads every node from the graph
 * @param changePollInterval how often the node cache looks at the change log for writes made by other instances
 *     (writes made through this instance drop their nodes at commit)
 */
@ConfigurationProperties("brainbridge.catalog")
public record CatalogProperties(
        @DefaultValue("20000") int nodeCacheSize,
        @DefaultValue("250ms") Duration changePollInterval) {}

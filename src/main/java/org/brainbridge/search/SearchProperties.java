package org.brainbridge.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index: where it lives and how closely it follows the graph.
 *
 * @param indexDir the Lucene index folder (derived data: deleting it triggers a rebuild)
 * @param pollInterval how often the indexer looks for new change-log entries
 * @param batchSize change-log entries applied per index commit
 * @param dictionaryDir optional folder whose dictionary, synonym and pinyin files extend the built-in ones
 * @param resultCacheSize result pages kept for the current index reader (emptied by every index change); 0 turns the
 *     cache off
 */
@ConfigurationProperties("brainbridge.search")
public record SearchProperties(
        @DefaultValue("data/search") Path indexDir,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        Path dictionaryDir,
        @DefaultValue("1000") int resultCacheSize) {}

package org.brainbridge.policy;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy matching settings.
 *
 * @param criteria the criteria file; unset: {@code graph-seed/policy/criteria.yaml} if it exists (a missing default
 *     file leaves matching switched off with a warning, a missing configured file stops the start)
 * @param changePollInterval how often the policy data and actors' facts kept in memory ({@code PolicyData}, {@code
 *     ActorFactsCache}) are checked against the change log for other instances' writes
 * @param factsCacheSize how many actors' facts are kept in memory (0: none, every checklist reads them)
 */
@ConfigurationProperties("brainbridge.policy")
record PolicyProperties(
        Path criteria,
        @DefaultValue("250ms") Duration changePollInterval,
        @DefaultValue("20000") int factsCacheSize) {

    static final Path DEFAULT_CRITERIA = Path.of("graph-seed", "policy", "criteria.yaml");
}

package org.brainbridge.policy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Policy matching settings.
 *
 * @param criteria the criteria file; unset: {@code graph-seed/policy/criteria.yaml} if it exists (a missing default
 *     file leaves matching switched off with a warning, a missing configured file stops the start)
 */
@ConfigurationProperties("brainbridge.policy")
record PolicyProperties(Path criteria) {

    static final Path DEFAULT_CRITERIA = Path.of("graph-seed", "policy", "criteria.yaml");
}

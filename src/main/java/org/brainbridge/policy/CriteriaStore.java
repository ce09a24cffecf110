package org.brainbridge.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Holds the criteria, read once at start-up (a bad file stops the start with every problem listed): evaluation then
 * never touches the file again.
 */
@Component
class CriteriaStore {

    private static final Logger log = LoggerFactory.getLogger(CriteriaStore.class);

    private final PolicyCriteria criteria;

    CriteriaStore(PolicyProperties properties) {
        Path configured = properties.criteria();
        Path path = configured == null ? PolicyProperties.DEFAULT_CRITERIA : configured;
        if (configured == null && !Files.exists(path)) {
            log.warn("No policy criteria file at {}: policy matching is off (set brainbridge.policy.criteria)", path);
            this.criteria = PolicyCriteria.empty(path.toString());
        } else {
            this.criteria = CriteriaReader.read(path);
            log.info(
                    "Policy criteria loaded from {}: {} criteria for {}",
                    path,
                    criteria.criteria().size(),
                    criteria.policyId());
        }
    }

    PolicyCriteria criteria() {
        return criteria;
    }

    boolean loaded() {
        return criteria.policyId() != null;
    }

    List<Criterion> all() {
        return criteria.criteria();
    }
}

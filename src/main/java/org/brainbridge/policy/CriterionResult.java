package org.brainbridge.policy;

import java.util.List;

/**
 * One criterion judged for one actor.
 *
 * @param citedStart where {@code criterion.citedText} starts in the measure's text, or null when it is not found there
 */
public record CriterionResult(
        Criterion criterion,
        Outcome outcome,
        List<Evidence> evidence,
        String reasonZh,
        String reasonEn,
        Integer citedStart) {}

package org.brainbridge.policy;

import java.util.List;

/** One route (provision) of a measure judged for an actor: all its criteria must hold. */
public record RouteMatch(String key, String zh, String en, MatchStatus status, List<CriterionResult> criteria) {}

package org.brainbridge.matching;

import java.util.List;
import org.brainbridge.support.Page;

/**
 * A page of matches for one source: the matches, where the next page starts, how many candidates passed the hard
 * rules and were ranked, and the normalised weights used.
 */
public record MatchPage(
        String sourceId, Journey journey, List<Match> nodes, Page.PageInfo pageInfo, int totalCount, Weights weights) {}

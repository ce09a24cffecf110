package org.brainbridge.connections;

import java.util.List;
import org.brainbridge.support.Page;

/**
 * One page of the paths between two nodes, best first, as the schema's {@code ConnectionConnection}.
 *
 * @param hubDegree nodes with more relationships than this were not passed through
 */
public record Connections(List<ConnectionPath> paths, Page.PageInfo pageInfo, int totalCount, int hubDegree) {}

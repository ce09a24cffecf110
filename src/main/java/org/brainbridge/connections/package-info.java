/**
 * The connection finder: the shortest meaningful paths (at most four hops, several alternatives) between two domain
 * nodes, routed around hubs and hierarchy roots, with talent masked and non-consenting talent left out. See
 * {@code docs/connections.md}.
 */
package org.brainbridge.connections;

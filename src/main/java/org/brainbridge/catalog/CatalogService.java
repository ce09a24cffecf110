package org.brainbridge.catalog;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.brainbridge.support.InvalidArgumentException;
import org.brainbridge.support.Page;
import org.springframework.stereotype.Service;

/** Lookups, lists with filters, relationship fields, neighbourhoods and counts over the domain graph. */
@Service
public class CatalogService {

    static final int MAX_NEIGHBOURS = 200;
    static final String DEFAULT_STATS_REGION = "region-360000";

    private final CatalogRepository repository;
    private final StatsRepository stats;
    private final NodeCache cache;

    CatalogService(CatalogRepository repository, StatsRepository stats, NodeCache cache) {
        this.repository = repository;
        this.stats = stats;
        this.cache = cache;
    }

    public Optional<GraphNode> node(String id) {
        return cache.get(List.of(id), repository::byIds).stream().findFirst();
    }

    /** Nodes by id in the order asked; unknown ids are left out. */
    public List<GraphNode> nodesById(List<String> ids) {
        if (ids.size() > Page.MAX_FIRST) {
            throw new InvalidArgumentException(
                    "ids", "Argument 'ids' may hold at most %d ids, was %d".formatted(Page.MAX_FIRST, ids.size()));
        }
        return nodes(ids);
    }

    /**
     * Nodes by id in the order asked, unknown ids left out, as many as asked: for other features' pages (the nodes on
     * a page of matches' evidence), which bound their own size. Held nodes come from memory ({@link NodeCache}).
     */
    public List<GraphNode> nodes(List<String> ids) {
        Map<String, GraphNode> found = new java.util.HashMap<>();
        cache.get(ids, repository::byIds).forEach(n -> found.put(n.id(), n));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The node of a kind, or empty when the id is unknown or names another kind. */
    Optional<GraphNode> node(NodeKind kind, String id) {
        return node(id).filter(n -> n.kind() == kind);
    }

    Page.Slice<GraphNode> page(NodeKind kind, NodeFilter filter, Integer first, String after) {
        Page page = Page.of(first, after);
        return repository.page(kind, FilterClauses.of(kind, filter), page);
    }

    Map<String, List<GraphNode>> related(RelationField field, Collection<String> ids) {
        return repository.related(field, ids);
    }

    Neighbourhood neighbours(String id, List<String> types, Direction direction, Integer first) {
        int size = first == null ? 50 : first;
        if (size < 1 || size > MAX_NEIGHBOURS) {
            throw new InvalidArgumentException(
                    "first", "Argument 'first' must be between 1 and %d, was %d".formatted(MAX_NEIGHBOURS, size));
        }
        if (types != null) {
            for (String type : types) {
                if (RelType.byType(type).isEmpty()) {
                    throw new InvalidArgumentException(
                            "types", "Argument 'types' names an unknown relationship type '%s'".formatted(type));
                }
            }
        }
        return repository
                .neighbours(id, types, direction == null ? Direction.BOTH : direction, size)
                .map(rows -> new Neighbourhood(rows.center(), rows.edges(), rows.totalCount()))
                .orElseThrow(() -> new InvalidArgumentException("id", "No node with id '%s'".formatted(id)));
    }

    Stats stats(String regionId) {
        Map<NodeKind, Integer> counts = new EnumMap<>(stats.countsByKind());
        List<Stats.KindCount> byKind = java.util.Arrays.stream(NodeKind.values())
                .map(k -> new Stats.KindCount(k.name(), k.zh(), k.en(), counts.getOrDefault(k, 0)))
                .toList();
        int total = byKind.stream().mapToInt(Stats.KindCount::count).sum();
        return new Stats(
                total,
                stats.relationships(),
                byKind,
                stats.byRegion(regionId == null ? DEFAULT_STATS_REGION : regionId),
                stats.bySegment());
    }

    /** The schema's {@code Neighbourhood}. */
    record Neighbourhood(GraphNode center, List<NeighbourEdge> edges, int totalCount) {}
}

package org.brainbridge.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brainbridge.catalog.CatalogService;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.stereotype.Component;

/**
 * The names a page of matches shows in its evidence and reasons, from the catalog's nodes (held in memory by its node
 * cache, which the page's nodes are shown from anyway): {name, English name} as matching shows them, a person by
 * headline and never by name, a missing English name falling back to the Chinese one.
 */
@Component
class PageNames {

    private final CatalogService catalog;

    PageNames(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Names by id of the nodes that exist. */
    Map<String, String[]> of(Collection<String> ids) {
        Map<String, String[]> names = new HashMap<>();
        for (GraphNode node : catalog.nodes(List.copyOf(ids))) {
            names.put(node.id(), shown(node));
        }
        return names;
    }

    static String[] shown(GraphNode node) {
        if (node.kind() == NodeKind.TALENT) {
            String headline = text(node.property("headline"));
            return new String[] {headline == null ? node.id() : headline, headline};
        }
        String name = text(node.property("name"));
        String nameEn = text(node.property("nameEn"));
        return new String[] {name, nameEn == null ? name : nameEn};
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package org.brainbridge.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.graph.model.RelType;
import org.brainbridge.support.InvalidArgumentException;

/**
 * Turns a {@link NodeFilter} into WHERE clauses and parameters for one kind. Clauses are fixed fragments chosen
 * by which filter is set; relationship types come from {@link RelType}, values only ever travel as parameters.
 * A filter that cannot apply to the kind is rejected with an error naming it, rather than silently ignored.
 */
final class FilterClauses {

    /** The property each kind's {@code kind} filter reads (its sub-kind). */
    private static final Map<NodeKind, String> SUB_KIND = Map.of(
            NodeKind.INSTITUTION, "kinds",
            NodeKind.SCENARIO, "domain",
            NodeKind.INVESTOR, "investorType",
            NodeKind.PATENT, "patentType",
            NodeKind.RESPONSIBLE_BODY, "bodyType",
            NodeKind.REGION, "level",
            NodeKind.CHAIN_SEGMENT, "tier",
            NodeKind.SUPPORT_INSTRUMENT, "instrumentType",
            NodeKind.DATASET, "modality",
            NodeKind.POSITION, "employment");

    private static final String IN_REGION = """
            EXISTS { MATCH (n)%s(:Region)-[:PART_OF*0..6]->(t:Region)
                     WHERE t.id = $regionId OR EXISTS { MATCH (t)<-[:OVERLAPS]-(:Region {id: $regionId}) } }""";

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    private FilterClauses() {}

    static FilterClauses of(NodeKind kind, NodeFilter filter) {
        FilterClauses f = new FilterClauses();
        if (filter.regionId() != null) {
            f.region(kind, filter.regionId());
        }
        if (filter.technologyId() != null) {
            f.subtree(kind, "technologyId", filter.technologyId(), NodeKind.TECHNOLOGY, RelType.BROADER, 8);
        }
        if (filter.chainSegmentId() != null) {
            f.subtree(kind, "chainSegmentId", filter.chainSegmentId(), NodeKind.CHAIN_SEGMENT, RelType.PART_OF, 4);
        }
        if (filter.kind() != null) {
            f.subKind(kind, filter.kind());
        }
        if (filter.stage() != null) {
            f.stage(kind, filter.stage());
        }
        if (filter.qualification() != null) {
            f.code(kind, "qualification", "qualifications", filter.qualification());
        }
        if (filter.nameContains() != null) {
            f.name(kind, filter.nameContains());
        }
        if (filter.illustrative() != null) {
            f.clauses.add("coalesce(n.illustrative, false) = $illustrative");
            f.parameters.put("illustrative", filter.illustrative());
        }
        return f;
    }

    String where() {
        return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private void region(NodeKind kind, String regionId) {
        parameters.put("regionId", regionId);
        if (kind == NodeKind.REGION) {
            clauses.add(IN_REGION.formatted("-[:PART_OF*0..0]->"));
        } else if (RelType.LOCATED_IN.from().contains(kind)) {
            clauses.add(IN_REGION.formatted("-[:LOCATED_IN]->"));
        } else {
            throw notApplicable("filter.regionId", kind);
        }
    }

    private void subtree(NodeKind kind, String argument, String id, NodeKind tree, RelType parentLink, int depth) {
        parameters.put(argument, id);
        String target = "(:%s)-[:%s*0..%d]->(:%s {id: $%s})"
                .formatted(tree.label(), parentLink.type(), depth, tree.label(), argument);
        if (kind == tree) {
            clauses.add("EXISTS { MATCH (n)-[:%s*0..%d]->(:%s {id: $%s}) }"
                    .formatted(parentLink.type(), depth, tree.label(), argument));
            return;
        }
        String types = java.util.Arrays.stream(RelType.values())
                .filter(t -> t.connects(kind, tree))
                .map(RelType::type)
                .collect(Collectors.joining("|"));
        if (types.isEmpty()) {
            throw notApplicable("filter." + argument, kind);
        }
        clauses.add("EXISTS { MATCH (n)-[:%s]->%s }".formatted(types, target));
    }

    private void subKind(NodeKind kind, String code) {
        String key = SUB_KIND.get(kind);
        if (key == null) {
            throw notApplicable("filter.kind", kind);
        }
        code(kind, "kind", key, code);
    }

    private void stage(NodeKind kind, String code) {
        String key = kind == NodeKind.INVESTOR ? "stages" : "stage";
        code(kind, "stage", key, code);
    }

    private void code(NodeKind kind, String argument, String key, String code) {
        PropertySpec property = kind.property(key).orElseThrow(() -> notApplicable("filter." + argument, kind));
        if (!property.allows(code)) {
            throw new InvalidArgumentException(
                    "filter." + argument,
                    "filter.%s: '%s' is not a code of %s.%s; allowed: %s"
                            .formatted(argument, code, kind.label(), key, codes(property)));
        }
        parameters.put(argument, code);
        clauses.add(
                property.type().isList()
                        ? "$%s IN coalesce(n.%s, [])".formatted(argument, key)
                        : "n.%s = $%s".formatted(key, argument));
    }

    private void name(NodeKind kind, String text) {
        parameters.put("nameContains", text.toLowerCase(Locale.ROOT));
        // A person's name is personal data: it must not be probed through a filter, so talent match their headline.
        clauses.add(
                kind.nameIsPersonal()
                        ? "toLower(coalesce(n.headline, '')) CONTAINS $nameContains"
                        : "(toLower(n.name) CONTAINS $nameContains OR toLower(coalesce(n.nameEn, '')) CONTAINS $nameContains"
                                + " OR toLower(coalesce(n.shortName, '')) CONTAINS $nameContains)");
    }

    private static String codes(PropertySpec property) {
        return property.codes().stream().map(c -> c.code()).collect(Collectors.joining(", "));
    }

    private static InvalidArgumentException notApplicable(String argument, NodeKind kind) {
        return new InvalidArgumentException(
                argument, "%s does not apply to %s nodes".formatted(argument, kind.label()));
    }

    static Optional<String> subKindProperty(NodeKind kind) {
        return Optional.ofNullable(SUB_KIND.get(kind));
    }
}

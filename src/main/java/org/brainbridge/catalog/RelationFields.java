package org.brainbridge.catalog;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Every typed relationship field of the schema ({@code catalog.graphqls}), in both directions. A test checks that
 * this table and the schema agree; the wiring registers one batch loader per row.
 */
final class RelationFields {

    private RelationFields() {}

    static final List<RelationField> ALL = List.of(
            new RelationField(NodeKind.ENTERPRISE, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(
                    NodeKind.ENTERPRISE, "technologies", RelType.DEVELOPS, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(
                    NodeKind.ENTERPRISE,
                    "chainSegments",
                    RelType.IN_SEGMENT,
                    Direction.OUT,
                    NodeKind.CHAIN_SEGMENT,
                    true),
            new RelationField(NodeKind.ENTERPRISE, "scenarios", RelType.SERVES, Direction.OUT, NodeKind.SCENARIO, true),
            new RelationField(NodeKind.ENTERPRISE, "products", RelType.MAKES, Direction.OUT, NodeKind.PRODUCT, true),
            new RelationField(NodeKind.ENTERPRISE, "patents", RelType.OWNS, Direction.OUT, NodeKind.PATENT, true),
            new RelationField(NodeKind.ENTERPRISE, "datasets", RelType.OWNS, Direction.OUT, NodeKind.DATASET, true),
            new RelationField(NodeKind.ENTERPRISE, "projects", RelType.RUNS, Direction.OUT, NodeKind.PROJECT, true),
            new RelationField(NodeKind.ENTERPRISE, "people", RelType.WORKS_AT, Direction.IN, NodeKind.TALENT, true),
            new RelationField(NodeKind.ENTERPRISE, "positions", RelType.POSTS, Direction.OUT, NodeKind.POSITION, true),
            new RelationField(
                    NodeKind.ENTERPRISE, "investors", RelType.INVESTED_IN, Direction.IN, NodeKind.INVESTOR, true),
            new RelationField(
                    NodeKind.ENTERPRISE, "collaborators", RelType.COLLABORATES_WITH, Direction.BOTH, null, true),
            new RelationField(
                    NodeKind.ENTERPRISE, "suppliers", RelType.SUPPLIES, Direction.IN, NodeKind.ENTERPRISE, true),
            new RelationField(
                    NodeKind.ENTERPRISE, "customers", RelType.SUPPLIES, Direction.OUT, NodeKind.ENTERPRISE, true),
            new RelationField(
                    NodeKind.ENTERPRISE, "licensedPatents", RelType.LICENSED_TO, Direction.IN, NodeKind.PATENT, true),
            new RelationField(
                    NodeKind.ENTERPRISE,
                    "affiliates",
                    RelType.AFFILIATED_WITH,
                    Direction.IN,
                    NodeKind.INSTITUTION,
                    true),
            new RelationField(
                    NodeKind.INSTITUTION, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(
                    NodeKind.INSTITUTION, "technologies", RelType.RESEARCHES, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(
                    NodeKind.INSTITUTION, "scenarios", RelType.SERVES, Direction.OUT, NodeKind.SCENARIO, true),
            new RelationField(NodeKind.INSTITUTION, "patents", RelType.OWNS, Direction.OUT, NodeKind.PATENT, true),
            new RelationField(NodeKind.INSTITUTION, "datasets", RelType.OWNS, Direction.OUT, NodeKind.DATASET, true),
            new RelationField(NodeKind.INSTITUTION, "projects", RelType.RUNS, Direction.OUT, NodeKind.PROJECT, true),
            new RelationField(NodeKind.INSTITUTION, "people", RelType.WORKS_AT, Direction.IN, NodeKind.TALENT, true),
            new RelationField(NodeKind.INSTITUTION, "positions", RelType.POSTS, Direction.OUT, NodeKind.POSITION, true),
            new RelationField(
                    NodeKind.INSTITUTION, "collaborators", RelType.COLLABORATES_WITH, Direction.BOTH, null, true),
            new RelationField(
                    NodeKind.INSTITUTION, "affiliatedWith", RelType.AFFILIATED_WITH, Direction.OUT, null, true),
            new RelationField(
                    NodeKind.INSTITUTION,
                    "affiliates",
                    RelType.AFFILIATED_WITH,
                    Direction.IN,
                    NodeKind.INSTITUTION,
                    true),
            new RelationField(NodeKind.INSTITUTION, "trials", RelType.TRIALS_AT, Direction.IN, null, true),
            new RelationField(NodeKind.TALENT, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(NodeKind.TALENT, "skills", RelType.HAS_SKILL, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(NodeKind.TALENT, "employers", RelType.WORKS_AT, Direction.OUT, null, true),
            new RelationField(NodeKind.TALENT, "projects", RelType.LEADS, Direction.OUT, NodeKind.PROJECT, true),
            new RelationField(NodeKind.INVESTOR, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(NodeKind.INVESTOR, "investments", RelType.INVESTED_IN, Direction.OUT, null, true),
            new RelationField(NodeKind.INVESTOR, "focus", RelType.FOCUSES_ON, Direction.OUT, null, true),
            new RelationField(
                    NodeKind.INVESTOR, "targetRegions", RelType.TARGETS_REGION, Direction.OUT, NodeKind.REGION, true),
            new RelationField(NodeKind.PROJECT, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(NodeKind.PROJECT, "owners", RelType.RUNS, Direction.IN, null, true),
            new RelationField(NodeKind.PROJECT, "leaders", RelType.LEADS, Direction.IN, NodeKind.TALENT, true),
            new RelationField(
                    NodeKind.PROJECT,
                    "technologies",
                    RelType.USES_TECHNOLOGY,
                    Direction.OUT,
                    NodeKind.TECHNOLOGY,
                    true),
            new RelationField(
                    NodeKind.PROJECT, "chainSegments", RelType.IN_SEGMENT, Direction.OUT, NodeKind.CHAIN_SEGMENT, true),
            new RelationField(NodeKind.PROJECT, "scenarios", RelType.SERVES, Direction.OUT, NodeKind.SCENARIO, true),
            new RelationField(
                    NodeKind.PROJECT, "investors", RelType.INVESTED_IN, Direction.IN, NodeKind.INVESTOR, true),
            new RelationField(
                    NodeKind.PROJECT, "trialSites", RelType.TRIALS_AT, Direction.OUT, NodeKind.INSTITUTION, true),
            new RelationField(NodeKind.PATENT, "owners", RelType.OWNS, Direction.IN, null, true),
            new RelationField(
                    NodeKind.PATENT, "technologies", RelType.COVERS, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(
                    NodeKind.PATENT, "licensees", RelType.LICENSED_TO, Direction.OUT, NodeKind.ENTERPRISE, true),
            new RelationField(NodeKind.PRODUCT, "makers", RelType.MAKES, Direction.IN, NodeKind.ENTERPRISE, true),
            new RelationField(
                    NodeKind.PRODUCT,
                    "technologies",
                    RelType.USES_TECHNOLOGY,
                    Direction.OUT,
                    NodeKind.TECHNOLOGY,
                    true),
            new RelationField(
                    NodeKind.PRODUCT, "chainSegments", RelType.IN_SEGMENT, Direction.OUT, NodeKind.CHAIN_SEGMENT, true),
            new RelationField(NodeKind.PRODUCT, "scenarios", RelType.SERVES, Direction.OUT, NodeKind.SCENARIO, true),
            new RelationField(
                    NodeKind.PRODUCT, "trialSites", RelType.TRIALS_AT, Direction.OUT, NodeKind.INSTITUTION, true),
            new RelationField(
                    NodeKind.SCENARIO,
                    "technologies",
                    RelType.USES_TECHNOLOGY,
                    Direction.OUT,
                    NodeKind.TECHNOLOGY,
                    true),
            new RelationField(NodeKind.SCENARIO, "servedBy", RelType.SERVES, Direction.IN, null, true),
            new RelationField(NodeKind.SCENARIO, "measures", RelType.ADDRESSES, Direction.IN, NodeKind.MEASURE, true),
            new RelationField(
                    NodeKind.TECHNOLOGY, "broader", RelType.BROADER, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(
                    NodeKind.TECHNOLOGY, "narrower", RelType.BROADER, Direction.IN, NodeKind.TECHNOLOGY, true),
            new RelationField(
                    NodeKind.TECHNOLOGY,
                    "chainSegments",
                    RelType.IN_SEGMENT,
                    Direction.OUT,
                    NodeKind.CHAIN_SEGMENT,
                    true),
            new RelationField(
                    NodeKind.TECHNOLOGY, "developers", RelType.DEVELOPS, Direction.IN, NodeKind.ENTERPRISE, true),
            new RelationField(
                    NodeKind.TECHNOLOGY, "researchers", RelType.RESEARCHES, Direction.IN, NodeKind.INSTITUTION, true),
            new RelationField(NodeKind.TECHNOLOGY, "talent", RelType.HAS_SKILL, Direction.IN, NodeKind.TALENT, true),
            new RelationField(NodeKind.TECHNOLOGY, "patents", RelType.COVERS, Direction.IN, NodeKind.PATENT, true),
            new RelationField(NodeKind.TECHNOLOGY, "usedBy", RelType.USES_TECHNOLOGY, Direction.IN, null, true),
            new RelationField(
                    NodeKind.TECHNOLOGY, "requiredBy", RelType.REQUIRES_SKILL, Direction.IN, NodeKind.POSITION, true),
            new RelationField(
                    NodeKind.CHAIN_SEGMENT, "parent", RelType.PART_OF, Direction.OUT, NodeKind.CHAIN_SEGMENT, false),
            new RelationField(
                    NodeKind.CHAIN_SEGMENT, "children", RelType.PART_OF, Direction.IN, NodeKind.CHAIN_SEGMENT, true),
            new RelationField(NodeKind.CHAIN_SEGMENT, "members", RelType.IN_SEGMENT, Direction.IN, null, true),
            new RelationField(NodeKind.REGION, "parent", RelType.PART_OF, Direction.OUT, NodeKind.REGION, false),
            new RelationField(NodeKind.REGION, "children", RelType.PART_OF, Direction.IN, NodeKind.REGION, true),
            new RelationField(NodeKind.REGION, "overlaps", RelType.OVERLAPS, Direction.OUT, NodeKind.REGION, true),
            new RelationField(NodeKind.REGION, "overlappedBy", RelType.OVERLAPS, Direction.IN, NodeKind.REGION, true),
            new RelationField(NodeKind.REGION, "located", RelType.LOCATED_IN, Direction.IN, null, true),
            new RelationField(NodeKind.REGION, "measures", RelType.APPLIES_IN, Direction.IN, null, true),
            new RelationField(
                    NodeKind.POLICY, "sections", RelType.PART_OF, Direction.IN, NodeKind.POLICY_SECTION, true),
            new RelationField(NodeKind.POLICY, "regions", RelType.APPLIES_IN, Direction.OUT, NodeKind.REGION, true),
            new RelationField(
                    NodeKind.POLICY_SECTION, "policy", RelType.PART_OF, Direction.OUT, NodeKind.POLICY, false),
            new RelationField(
                    NodeKind.POLICY_SECTION, "measures", RelType.PART_OF, Direction.IN, NodeKind.MEASURE, true),
            new RelationField(
                    NodeKind.MEASURE, "section", RelType.PART_OF, Direction.OUT, NodeKind.POLICY_SECTION, false),
            new RelationField(
                    NodeKind.MEASURE,
                    "responsibleBodies",
                    RelType.RESPONSIBLE_FOR,
                    Direction.IN,
                    NodeKind.RESPONSIBLE_BODY,
                    true),
            new RelationField(
                    NodeKind.MEASURE, "instruments", RelType.OFFERS, Direction.OUT, NodeKind.SUPPORT_INSTRUMENT, true),
            new RelationField(
                    NodeKind.MEASURE, "programmes", RelType.NAMES_PROGRAMME, Direction.OUT, NodeKind.PROGRAMME, true),
            new RelationField(NodeKind.MEASURE, "regions", RelType.APPLIES_IN, Direction.OUT, NodeKind.REGION, true),
            new RelationField(NodeKind.MEASURE, "scenarios", RelType.ADDRESSES, Direction.OUT, NodeKind.SCENARIO, true),
            new RelationField(
                    NodeKind.RESPONSIBLE_BODY,
                    "measures",
                    RelType.RESPONSIBLE_FOR,
                    Direction.OUT,
                    NodeKind.MEASURE,
                    true),
            new RelationField(
                    NodeKind.RESPONSIBLE_BODY, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(
                    NodeKind.SUPPORT_INSTRUMENT, "measures", RelType.OFFERS, Direction.IN, NodeKind.MEASURE, true),
            new RelationField(
                    NodeKind.PROGRAMME, "measures", RelType.NAMES_PROGRAMME, Direction.IN, NodeKind.MEASURE, true),
            new RelationField(NodeKind.POSITION, "region", RelType.LOCATED_IN, Direction.OUT, NodeKind.REGION, false),
            new RelationField(NodeKind.POSITION, "employer", RelType.POSTS, Direction.IN, null, false),
            new RelationField(
                    NodeKind.POSITION, "skills", RelType.REQUIRES_SKILL, Direction.OUT, NodeKind.TECHNOLOGY, true),
            new RelationField(NodeKind.DATASET, "owners", RelType.OWNS, Direction.IN, null, true),
            new RelationField(
                    NodeKind.DATASET,
                    "technologies",
                    RelType.USES_TECHNOLOGY,
                    Direction.OUT,
                    NodeKind.TECHNOLOGY,
                    true));
}

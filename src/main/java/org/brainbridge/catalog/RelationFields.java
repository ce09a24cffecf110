package org.brainbridge.catalog;

import static org.brainbridge.catalog.Direction.BOTH;
import static org.brainbridge.catalog.Direction.IN;
import static org.brainbridge.catalog.Direction.OUT;
import static org.brainbridge.graph.model.NodeKind.*;
import static org.brainbridge.graph.model.RelType.*;

import java.util.List;
import java.util.stream.Stream;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Every typed relationship field of the schema ({@code catalog.graphqls}), in both directions. A test checks that
 * this table and the schema agree; the wiring registers one batch loader per row.
 */
final class RelationFields {

    private RelationFields() {}

    static final List<RelationField> ALL = Stream.concat(
                    Stream.of(
                            one(ENTERPRISE, "region", LOCATED_IN, OUT, REGION),
                            many(ENTERPRISE, "technologies", DEVELOPS, OUT, TECHNOLOGY),
                            many(ENTERPRISE, "chainSegments", IN_SEGMENT, OUT, CHAIN_SEGMENT),
                            many(ENTERPRISE, "scenarios", SERVES, OUT, SCENARIO),
                            many(ENTERPRISE, "products", MAKES, OUT, PRODUCT),
                            many(ENTERPRISE, "patents", OWNS, OUT, PATENT),
                            many(ENTERPRISE, "datasets", OWNS, OUT, DATASET),
                            many(ENTERPRISE, "projects", RUNS, OUT, PROJECT),
                            many(ENTERPRISE, "people", WORKS_AT, IN, TALENT),
                            many(ENTERPRISE, "positions", POSTS, OUT, POSITION),
                            many(ENTERPRISE, "investors", INVESTED_IN, IN, INVESTOR),
                            many(ENTERPRISE, "collaborators", COLLABORATES_WITH, BOTH, null),
                            many(ENTERPRISE, "suppliers", SUPPLIES, IN, ENTERPRISE),
                            many(ENTERPRISE, "customers", SUPPLIES, OUT, ENTERPRISE),
                            many(ENTERPRISE, "licensedPatents", LICENSED_TO, IN, PATENT),
                            many(ENTERPRISE, "affiliates", AFFILIATED_WITH, IN, INSTITUTION),
                            one(INSTITUTION, "region", LOCATED_IN, OUT, REGION),
                            many(INSTITUTION, "technologies", RESEARCHES, OUT, TECHNOLOGY),
                            many(INSTITUTION, "scenarios", SERVES, OUT, SCENARIO),
                            many(INSTITUTION, "patents", OWNS, OUT, PATENT),
                            many(INSTITUTION, "datasets", OWNS, OUT, DATASET),
                            many(INSTITUTION, "projects", RUNS, OUT, PROJECT),
                            many(INSTITUTION, "people", WORKS_AT, IN, TALENT),
                            many(INSTITUTION, "positions", POSTS, OUT, POSITION),
                            many(INSTITUTION, "collaborators", COLLABORATES_WITH, BOTH, null),
                            many(INSTITUTION, "affiliatedWith", AFFILIATED_WITH, OUT, null),
                            many(INSTITUTION, "affiliates", AFFILIATED_WITH, IN, INSTITUTION),
                            many(INSTITUTION, "trials", TRIALS_AT, IN, null),
                            one(TALENT, "region", LOCATED_IN, OUT, REGION),
                            many(TALENT, "skills", HAS_SKILL, OUT, TECHNOLOGY),
                            many(TALENT, "employers", WORKS_AT, OUT, null),
                            many(TALENT, "projects", LEADS, OUT, PROJECT),
                            one(INVESTOR, "region", LOCATED_IN, OUT, REGION),
                            many(INVESTOR, "investments", INVESTED_IN, OUT, null),
                            many(INVESTOR, "focus", FOCUSES_ON, OUT, null),
                            many(INVESTOR, "targetRegions", TARGETS_REGION, OUT, REGION),
                            one(PROJECT, "region", LOCATED_IN, OUT, REGION),
                            many(PROJECT, "owners", RUNS, IN, null),
                            many(PROJECT, "leaders", LEADS, IN, TALENT),
                            many(PROJECT, "technologies", USES_TECHNOLOGY, OUT, TECHNOLOGY),
                            many(PROJECT, "chainSegments", IN_SEGMENT, OUT, CHAIN_SEGMENT),
                            many(PROJECT, "scenarios", SERVES, OUT, SCENARIO),
                            many(PROJECT, "investors", INVESTED_IN, IN, INVESTOR),
                            many(PROJECT, "trialSites", TRIALS_AT, OUT, INSTITUTION),
                            many(PATENT, "owners", OWNS, IN, null),
                            many(PATENT, "technologies", COVERS, OUT, TECHNOLOGY),
                            many(PATENT, "licensees", LICENSED_TO, OUT, ENTERPRISE),
                            many(PRODUCT, "makers", MAKES, IN, ENTERPRISE),
                            many(PRODUCT, "technologies", USES_TECHNOLOGY, OUT, TECHNOLOGY),
                            many(PRODUCT, "chainSegments", IN_SEGMENT, OUT, CHAIN_SEGMENT),
                            many(PRODUCT, "scenarios", SERVES, OUT, SCENARIO),
                            many(PRODUCT, "trialSites", TRIALS_AT, OUT, INSTITUTION),
                            many(SCENARIO, "technologies", USES_TECHNOLOGY, OUT, TECHNOLOGY),
                            many(SCENARIO, "servedBy", SERVES, IN, null),
                            many(SCENARIO, "measures", ADDRESSES, IN, MEASURE),
                            many(TECHNOLOGY, "broader", BROADER, OUT, TECHNOLOGY),
                            many(TECHNOLOGY, "narrower", BROADER, IN, TECHNOLOGY),
                            many(TECHNOLOGY, "chainSegments", IN_SEGMENT, OUT, CHAIN_SEGMENT),
                            many(TECHNOLOGY, "developers", DEVELOPS, IN, ENTERPRISE),
                            many(TECHNOLOGY, "researchers", RESEARCHES, IN, INSTITUTION),
                            many(TECHNOLOGY, "talent", HAS_SKILL, IN, TALENT),
                            many(TECHNOLOGY, "patents", COVERS, IN, PATENT),
                            many(TECHNOLOGY, "usedBy", USES_TECHNOLOGY, IN, null),
                            many(TECHNOLOGY, "requiredBy", REQUIRES_SKILL, IN, POSITION),
                            one(CHAIN_SEGMENT, "parent", PART_OF, OUT, CHAIN_SEGMENT),
                            many(CHAIN_SEGMENT, "children", PART_OF, IN, CHAIN_SEGMENT),
                            many(CHAIN_SEGMENT, "members", IN_SEGMENT, IN, null),
                            one(REGION, "parent", PART_OF, OUT, REGION),
                            many(REGION, "children", PART_OF, IN, REGION),
                            many(REGION, "overlaps", OVERLAPS, OUT, REGION),
                            many(REGION, "overlappedBy", OVERLAPS, IN, REGION),
                            many(REGION, "located", LOCATED_IN, IN, null),
                            many(REGION, "measures", APPLIES_IN, IN, null),
                            many(POLICY, "sections", PART_OF, IN, POLICY_SECTION),
                            many(POLICY, "regions", APPLIES_IN, OUT, REGION),
                            one(POLICY_SECTION, "policy", PART_OF, OUT, POLICY),
                            many(POLICY_SECTION, "measures", PART_OF, IN, MEASURE),
                            one(MEASURE, "section", PART_OF, OUT, POLICY_SECTION),
                            many(MEASURE, "responsibleBodies", RESPONSIBLE_FOR, IN, RESPONSIBLE_BODY),
                            many(MEASURE, "instruments", OFFERS, OUT, SUPPORT_INSTRUMENT),
                            many(MEASURE, "programmes", NAMES_PROGRAMME, OUT, PROGRAMME),
                            many(MEASURE, "regions", APPLIES_IN, OUT, REGION),
                            many(MEASURE, "scenarios", ADDRESSES, OUT, SCENARIO),
                            many(RESPONSIBLE_BODY, "measures", RESPONSIBLE_FOR, OUT, MEASURE),
                            one(RESPONSIBLE_BODY, "region", LOCATED_IN, OUT, REGION),
                            many(SUPPORT_INSTRUMENT, "measures", OFFERS, IN, MEASURE),
                            many(PROGRAMME, "measures", NAMES_PROGRAMME, IN, MEASURE),
                            one(POSITION, "region", LOCATED_IN, OUT, REGION),
                            one(POSITION, "employer", POSTS, IN, null),
                            many(POSITION, "skills", REQUIRES_SKILL, OUT, TECHNOLOGY),
                            many(DATASET, "owners", OWNS, IN, null),
                            many(DATASET, "technologies", USES_TECHNOLOGY, OUT, TECHNOLOGY)),
                    matchmakingRecords())
            .toList();

    /** A field holding one node ({@code target} null: of any kind). */
    private static RelationField one(NodeKind owner, String field, RelType type, Direction direction, NodeKind target) {
        return new RelationField(owner, field, type, direction, target, false);
    }

    /** A field holding a list of nodes ({@code target} null: of any kind). */
    private static RelationField many(
            NodeKind owner, String field, RelType type, Direction direction, NodeKind target) {
        return new RelationField(owner, field, type, direction, target, true);
    }

    /** The matchmaking records (met, declined, conflicts of interest) on every kind that can be matched. */
    private static Stream<RelationField> matchmakingRecords() {
        return Stream.of(ENTERPRISE, INSTITUTION, INVESTOR, TALENT, PROJECT, POSITION)
                .flatMap(kind -> Stream.of(
                        many(kind, "met", MET, BOTH, null),
                        many(kind, "declined", DECLINED, OUT, null),
                        many(kind, "declinedBy", DECLINED, IN, null),
                        many(kind, "conflictsOfInterest", CONFLICT_OF_INTEREST, BOTH, null)));
    }
}

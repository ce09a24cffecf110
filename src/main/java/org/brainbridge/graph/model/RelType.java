package org.brainbridge.graph.model;

import static org.brainbridge.graph.model.NodeKind.CHAIN_SEGMENT;
import static org.brainbridge.graph.model.NodeKind.DATASET;
import static org.brainbridge.graph.model.NodeKind.ENTERPRISE;
import static org.brainbridge.graph.model.NodeKind.INSTITUTION;
import static org.brainbridge.graph.model.NodeKind.INVESTOR;
import static org.brainbridge.graph.model.NodeKind.MEASURE;
import static org.brainbridge.graph.model.NodeKind.PATENT;
import static org.brainbridge.graph.model.NodeKind.POLICY;
import static org.brainbridge.graph.model.NodeKind.POLICY_SECTION;
import static org.brainbridge.graph.model.NodeKind.POSITION;
import static org.brainbridge.graph.model.NodeKind.PRODUCT;
import static org.brainbridge.graph.model.NodeKind.PROGRAMME;
import static org.brainbridge.graph.model.NodeKind.PROJECT;
import static org.brainbridge.graph.model.NodeKind.REGION;
import static org.brainbridge.graph.model.NodeKind.RESPONSIBLE_BODY;
import static org.brainbridge.graph.model.NodeKind.SCENARIO;
import static org.brainbridge.graph.model.NodeKind.SUPPORT_INSTRUMENT;
import static org.brainbridge.graph.model.NodeKind.TALENT;
import static org.brainbridge.graph.model.NodeKind.TECHNOLOGY;
import static org.brainbridge.graph.model.PropertySpec.of;
import static org.brainbridge.graph.model.PropertySpec.text;
import static org.brainbridge.graph.model.PropertyType.BOOLEAN;
import static org.brainbridge.graph.model.PropertyType.DATE;
import static org.brainbridge.graph.model.PropertyType.FLOAT;
import static org.brainbridge.graph.model.PropertyType.INTEGER;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relationship types: each says which kinds it connects, in which direction, and which properties it
 * carries. The type name is the meaning; the direction reads as a sentence ({@code (Enterprise)-[:MAKES]->(Product)}).
 * Types never come from user input: they come from this enum.
 */
public enum RelType {
    LOCATED_IN(
            "位于",
            "located in",
            Set.of(ENTERPRISE, INSTITUTION, INVESTOR, PROJECT, POSITION, TALENT, RESPONSIBLE_BODY),
            Set.of(REGION)),
    PART_OF(
            "隶属",
            "part of",
            Set.of(REGION, CHAIN_SEGMENT, POLICY_SECTION, MEASURE),
            Set.of(REGION, CHAIN_SEGMENT, POLICY, POLICY_SECTION),
            of("order", INTEGER, "排序", "Order")),
    OVERLAPS("覆盖", "overlaps", Set.of(REGION), Set.of(REGION)),
    BROADER("上位技术", "narrower than", Set.of(TECHNOLOGY), Set.of(TECHNOLOGY)),
    DEVELOPS("研发", "develops", Set.of(ENTERPRISE), Set.of(TECHNOLOGY)),
    RESEARCHES("研究", "researches", Set.of(INSTITUTION), Set.of(TECHNOLOGY)),
    HAS_SKILL("掌握技能", "has skill", Set.of(TALENT), Set.of(TECHNOLOGY), of("level", INTEGER, "熟练度(1-5)", "Level (1-5)")),
    USES_TECHNOLOGY("采用技术", "uses technology", Set.of(PRODUCT, PROJECT, SCENARIO, DATASET), Set.of(TECHNOLOGY)),
    COVERS("保护技术", "covers", Set.of(PATENT), Set.of(TECHNOLOGY)),
    IN_SEGMENT("所属环节", "in chain segment", Set.of(ENTERPRISE, PRODUCT, PROJECT, TECHNOLOGY), Set.of(CHAIN_SEGMENT)),
    SERVES("服务场景", "serves", Set.of(ENTERPRISE, INSTITUTION, PRODUCT, PROJECT), Set.of(SCENARIO)),
    MAKES("生产", "makes", Set.of(ENTERPRISE), Set.of(PRODUCT)),
    OWNS("拥有", "owns", Set.of(ENTERPRISE, INSTITUTION), Set.of(PATENT, DATASET)),
    RUNS("承担", "runs", Set.of(ENTERPRISE, INSTITUTION), Set.of(PROJECT)),
    WORKS_AT(
            "任职于",
            "works at",
            Set.of(TALENT),
            Set.of(ENTERPRISE, INSTITUTION),
            text("role", "职务", "Role"),
            of("current", BOOLEAN, "现任", "Current")),
    LEADS("负责", "leads", Set.of(TALENT), Set.of(PROJECT)),
    POSTS("发布岗位", "posts", Set.of(ENTERPRISE, INSTITUTION), Set.of(POSITION)),
    REQUIRES_SKILL(
            "要求技能",
            "requires skill",
            Set.of(POSITION),
            Set.of(TECHNOLOGY),
            of("level", INTEGER, "要求熟练度(1-5)", "Level required (1-5)"),
            of("mandatory", BOOLEAN, "必备", "Mandatory")),
    INVESTED_IN(
            "投资",
            "invested in",
            Set.of(INVESTOR),
            Set.of(ENTERPRISE, PROJECT),
            text("round", "轮次", "Round"),
            of("amountWan", FLOAT, "金额（万元）", "Amount (10k CNY)"),
            of("year", INTEGER, "年份", "Year")),
    FOCUSES_ON("关注", "focuses on", Set.of(INVESTOR), Set.of(TECHNOLOGY, CHAIN_SEGMENT, SCENARIO)),
    TARGETS_REGION("投资地域", "targets region", Set.of(INVESTOR), Set.of(REGION)),
    COLLABORATES_WITH(
            "合作",
            "collaborates with",
            Set.of(ENTERPRISE, INSTITUTION),
            Set.of(ENTERPRISE, INSTITUTION),
            text("topic", "合作内容", "Topic"),
            of("since", INTEGER, "起始年份", "Since")),
    SUPPLIES("供货", "supplies", Set.of(ENTERPRISE), Set.of(ENTERPRISE), text("item", "供货内容", "Item")),
    AFFILIATED_WITH("依托单位", "affiliated with", Set.of(INSTITUTION), Set.of(INSTITUTION, ENTERPRISE)),
    TRIALS_AT("临床试验机构", "trials at", Set.of(PRODUCT, PROJECT), Set.of(INSTITUTION)),
    LICENSED_TO("许可给", "licensed to", Set.of(PATENT), Set.of(ENTERPRISE)),
    RESPONSIBLE_FOR(
            "负责措施",
            "responsible for",
            Set.of(RESPONSIBLE_BODY),
            Set.of(MEASURE),
            of("order", INTEGER, "列示顺序", "Order listed"),
            text("quote", "原文", "Quoted text")),
    OFFERS("提供支持", "offers", Set.of(MEASURE), Set.of(SUPPORT_INSTRUMENT), text("quote", "原文", "Quoted text")),
    NAMES_PROGRAMME("部署专项", "names programme", Set.of(MEASURE), Set.of(PROGRAMME), text("quote", "原文", "Quoted text")),
    APPLIES_IN("适用地区", "applies in", Set.of(MEASURE, POLICY), Set.of(REGION), text("quote", "原文", "Quoted text")),
    ADDRESSES("涉及场景", "addresses", Set.of(MEASURE), Set.of(SCENARIO), text("quote", "原文", "Quoted text")),
    /** Two actors already met (at an event or a meeting): matching does not propose them to each other again. */
    MET(
            "已对接",
            "met",
            Matchable.ACTORS,
            Matchable.ACTORS,
            of("on", DATE, "对接日期", "Met on"),
            text("event", "对接活动", "Event")),
    /** The start declined the end (a proposal, a meeting): matching never proposes the pair, in either direction. */
    DECLINED(
            "已婉拒",
            "declined",
            Matchable.ACTORS,
            Matchable.ACTORS,
            of("on", DATE, "婉拒日期", "Declined on"),
            text("note", "说明", "Note")),
    /** A declared conflict of interest between two actors: matching never proposes the pair. */
    CONFLICT_OF_INTEREST(
            "利益冲突",
            "conflict of interest",
            Matchable.ACTORS,
            Matchable.ACTORS,
            of("on", DATE, "申报日期", "Declared on"),
            text("note", "说明", "Note"));

    /** The types that record how actors have dealt with each other: the hard rules of matching read them. */
    public static final Set<RelType> MATCHMAKING_RECORDS = Set.of(MET, DECLINED, CONFLICT_OF_INTEREST);

    private final String zh;
    private final String en;
    private final Set<NodeKind> from;
    private final Set<NodeKind> to;
    private final List<PropertySpec> properties;

    RelType(String zh, String en, Set<NodeKind> from, Set<NodeKind> to, PropertySpec... properties) {
        this.zh = zh;
        this.en = en;
        this.from = from;
        this.to = to;
        this.properties = List.of(properties);
    }

    public String type() {
        return name();
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public Set<NodeKind> from() {
        return from;
    }

    public Set<NodeKind> to() {
        return to;
    }

    public List<PropertySpec> properties() {
        return properties;
    }

    public boolean connects(NodeKind start, NodeKind end) {
        return from.contains(start) && to.contains(end);
    }

    public Optional<PropertySpec> column(String column) {
        return properties.stream().filter(p -> p.column().equals(column)).findFirst();
    }

    public static Optional<RelType> byType(String type) {
        return Arrays.stream(values()).filter(t -> t.name().equals(type)).findFirst();
    }

    // A holder, because an enum constructor may not read the enum's own static fields.
    private static final class Matchable {
        static final Set<NodeKind> ACTORS = Set.of(ENTERPRISE, INSTITUTION, INVESTOR, TALENT, PROJECT, POSITION);
    }
}

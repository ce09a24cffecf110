package org.brainbridge.graph.model;

import static org.brainbridge.graph.model.PropertySpec.coded;
import static org.brainbridge.graph.model.PropertySpec.of;
import static org.brainbridge.graph.model.PropertySpec.personal;
import static org.brainbridge.graph.model.PropertySpec.text;
import static org.brainbridge.graph.model.PropertyType.BOOLEAN;
import static org.brainbridge.graph.model.PropertyType.CODE;
import static org.brainbridge.graph.model.PropertyType.CODE_LIST;
import static org.brainbridge.graph.model.PropertyType.DATE;
import static org.brainbridge.graph.model.PropertyType.FLOAT;
import static org.brainbridge.graph.model.PropertyType.INTEGER;
import static org.brainbridge.graph.model.PropertyType.STRING;
import static org.brainbridge.graph.model.PropertyType.STRING_LIST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The domain node kinds: the single place that says which labels exist, which id prefix each uses,
 * which properties each carries and which of them are personal. Every domain node also carries the
 * label {@link #ENTITY}, whose {@code id} is unique across all kinds. Labels never come from user input:
 * they come from this enum.
 */
public enum NodeKind {
    ENTERPRISE(
            "Enterprise",
            "ent",
            "企业",
            "Enterprise",
            text("shortName", "简称", "Short name"),
            text("uscc", "统一社会信用代码", "Unified social credit code"),
            of("foundedYear", INTEGER, "成立年份", "Founded"),
            coded("size", CODE, "企业规模", "Size", Vocabularies.ENTERPRISE_SIZE),
            coded("stage", CODE, "发展阶段", "Stage", Vocabularies.STAGE),
            coded("qualifications", CODE_LIST, "资质", "Qualifications", Vocabularies.QUALIFICATION),
            coded("deviceClass", CODE, "医疗器械类别", "Device class", Vocabularies.DEVICE_CLASS),
            coded("registrationStatus", CODE, "注册状态", "Registration status", Vocabularies.REGISTRATION_STATUS),
            of("employees", INTEGER, "员工人数", "Employees"),
            of("revenueWan", FLOAT, "年营收（万元）", "Revenue (10k CNY)"),
            text("website", "网址", "Website"),
            of("optedOut", BOOLEAN, "不参与匹配", "Opted out of matching")),
    INSTITUTION(
            "Institution",
            "inst",
            "机构",
            "Institution",
            text("shortName", "简称", "Short name"),
            coded("kinds", CODE_LIST, "机构类型", "Kinds", Vocabularies.INSTITUTION_KIND),
            coded("level", CODE, "级别", "Level", Vocabularies.LEVEL),
            of("clinicalBeds", INTEGER, "临床研究床位", "Clinical research beds"),
            text("website", "网址", "Website"),
            of("optedOut", BOOLEAN, "不参与匹配", "Opted out of matching")),
    TALENT(
            "Talent",
            "tal",
            "人才",
            "Talent",
            text("headline", "简介标题", "Headline"),
            text("field", "研究领域", "Field"),
            coded("degree", CODE, "学历", "Degree", Vocabularies.DEGREE),
            coded("title", CODE, "职称", "Title", Vocabularies.TITLE),
            of("yearsExperience", INTEGER, "从业年限", "Years of experience"),
            of("consentToMatch", BOOLEAN, "同意匹配", "Consents to matching"),
            of("optedOut", BOOLEAN, "已退出", "Opted out"),
            personal("phone", STRING, "电话", "Phone"),
            personal("email", STRING, "电子邮箱", "E-mail"),
            personal("idNumber", STRING, "身份证号", "ID number"),
            personal("birthDate", DATE, "出生日期", "Birth date")),
    INVESTOR(
            "Investor",
            "inv",
            "投资机构",
            "Investor",
            text("shortName", "简称", "Short name"),
            coded("investorType", CODE, "机构类型", "Investor type", Vocabularies.INVESTOR_TYPE),
            coded("stages", CODE_LIST, "投资阶段", "Stages", Vocabularies.STAGE),
            of("ticketMinWan", FLOAT, "单笔下限（万元）", "Ticket min (10k CNY)"),
            of("ticketMaxWan", FLOAT, "单笔上限（万元）", "Ticket max (10k CNY)"),
            of("fundSizeWan", FLOAT, "管理规模（万元）", "Fund size (10k CNY)"),
            of("optedOut", BOOLEAN, "不参与匹配", "Opted out of matching")),
    PROJECT(
            "Project",
            "proj",
            "项目",
            "Project",
            of("trl", INTEGER, "技术成熟度", "Technology readiness level"),
            coded("seeks", CODE_LIST, "需求", "Seeks", Vocabularies.SEEKS),
            coded("stage", CODE, "融资阶段", "Stage", Vocabularies.STAGE),
            of("fundingSoughtWan", FLOAT, "拟融资额（万元）", "Funding sought (10k CNY)"),
            coded("status", CODE, "状态", "Status", Vocabularies.PROJECT_STATUS)),
    PATENT(
            "Patent",
            "pat",
            "专利",
            "Patent",
            text("number", "专利号", "Number"),
            coded("patentType", CODE, "专利类型", "Type", Vocabularies.PATENT_TYPE),
            of("ipc", STRING_LIST, "IPC分类号", "IPC classes"),
            coded("legalStatus", CODE, "法律状态", "Legal status", Vocabularies.LEGAL_STATUS),
            of("filingYear", INTEGER, "申请年份", "Filing year"),
            of("licensable", BOOLEAN, "可许可", "Open to licence")),
    PRODUCT(
            "Product",
            "prod",
            "产品",
            "Product",
            coded("deviceClass", CODE, "医疗器械类别", "Device class", Vocabularies.DEVICE_CLASS),
            coded("registrationStatus", CODE, "注册状态", "Registration status", Vocabularies.REGISTRATION_STATUS),
            coded("clinicalTrialPhase", CODE, "临床试验阶段", "Clinical-trial phase", Vocabularies.CLINICAL_PHASE),
            coded("ethicsReview", CODE, "伦理审查", "Ethics review", Vocabularies.ETHICS_REVIEW),
            of("launchYear", INTEGER, "上市年份", "Launch year")),
    SCENARIO(
            "Scenario", "scn", "应用场景", "Scenario", coded("domain", CODE, "领域", "Domain", Vocabularies.SCENARIO_DOMAIN)),
    TECHNOLOGY(
            "Technology",
            "tech",
            "技术",
            "Technology",
            of("aliases", STRING_LIST, "别名", "Aliases"),
            of("skill", BOOLEAN, "可作技能", "Usable as a skill")),
    CHAIN_SEGMENT(
            "ChainSegment",
            "chain",
            "产业链环节",
            "Chain segment",
            coded("tier", CODE, "链位", "Tier", Vocabularies.CHAIN_TIER),
            of("order", INTEGER, "排序", "Order")),
    REGION(
            "Region",
            "region",
            "地区",
            "Region",
            text("code", "行政区划代码", "Division code"),
            coded("level", CODE, "层级", "Level", Vocabularies.REGION_LEVEL)),
    POLICY(
            "Policy",
            "policy",
            "政策",
            "Policy",
            text("title", "标题", "Title"),
            text("issuer", "发文机关", "Issuer"),
            text("link", "原文链接", "Original link"),
            text("preamble", "导语", "Preamble"),
            text("closing", "结语", "Closing")),
    POLICY_SECTION("PolicySection", "sec", "政策章节", "Policy section", of("number", INTEGER, "序号", "Number")),
    MEASURE(
            "Measure",
            "measure",
            "措施",
            "Measure",
            of("number", INTEGER, "序号", "Number"),
            text("text", "措施原文", "Full text"),
            text("responsibilityText", "责任分工原文", "Responsibility clause")),
    RESPONSIBLE_BODY(
            "ResponsibleBody",
            "body",
            "责任单位",
            "Responsible body",
            text("shortName", "简称", "Short name"),
            coded("bodyType", CODE, "单位类型", "Body type", Vocabularies.BODY_TYPE)),
    SUPPORT_INSTRUMENT(
            "SupportInstrument",
            "instr",
            "支持方式",
            "Support instrument",
            coded("instrumentType", CODE, "方式类型", "Instrument type", Vocabularies.INSTRUMENT_TYPE)),
    PROGRAMME("Programme", "prog", "专项计划", "Programme", text("level", "层级", "Level")),
    POSITION(
            "Position",
            "pos",
            "岗位",
            "Position",
            coded("employment", CODE, "用工形式", "Employment", Vocabularies.EMPLOYMENT),
            coded("degreeRequired", CODE, "学历要求", "Degree required", Vocabularies.DEGREE),
            of("yearsRequired", INTEGER, "经验要求（年）", "Years required"),
            of("salaryMinK", INTEGER, "月薪下限（千元）", "Salary min (k CNY / month)"),
            of("salaryMaxK", INTEGER, "月薪上限（千元）", "Salary max (k CNY / month)"),
            of("openings", INTEGER, "招聘人数", "Openings")),
    DATASET(
            "Dataset",
            "ds",
            "数据集",
            "Dataset",
            coded("modality", CODE, "模态", "Modality", Vocabularies.MODALITY),
            of("subjects", INTEGER, "被试人数", "Subjects"),
            of("sizeGb", FLOAT, "数据量（GB）", "Size (GB)"),
            of("desensitised", BOOLEAN, "已脱敏", "Desensitised"),
            coded("access", CODE, "开放方式", "Access", Vocabularies.DATA_ACCESS));

    /** The label every domain node carries; system nodes never carry it. */
    public static final String ENTITY = "Entity";

    /** Properties every kind carries, in CSV column order after {@code id}. */
    public static final List<PropertySpec> COMMON = Common.PROPERTIES;

    private final String label;
    private final String idPrefix;
    private final String zh;
    private final String en;
    private final List<PropertySpec> properties;

    NodeKind(String label, String idPrefix, String zh, String en, PropertySpec... own) {
        this.label = label;
        this.idPrefix = idPrefix;
        this.zh = zh;
        this.en = en;
        List<PropertySpec> all = new ArrayList<>(Common.PROPERTIES);
        all.addAll(Arrays.asList(own));
        this.properties = List.copyOf(all);
    }

    public String label() {
        return label;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Every property of this kind, the common ones first. */
    public List<PropertySpec> properties() {
        return properties;
    }

    public Optional<PropertySpec> property(String key) {
        return properties.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<PropertySpec> column(String column) {
        return properties.stream().filter(p -> p.column().equals(column)).findFirst();
    }

    public Stream<PropertySpec> personalProperties() {
        return properties.stream().filter(PropertySpec::personal);
    }

    /** Whether a property of this kind is personal data: the marked ones, and the name of a person. */
    public boolean isPersonal(PropertySpec property) {
        return property.personal() || (property.key().equals("name") && nameIsPersonal());
    }

    /** The name is personal for people: a talent's name never leaves the server unmasked by default. */
    public boolean nameIsPersonal() {
        return this == TALENT;
    }

    public static Optional<NodeKind> byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** The kind a node id belongs to, from its prefix ({@code ent-0001} is an enterprise). */
    public static Optional<NodeKind> byId(String id) {
        int dash = id == null ? -1 : id.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, dash);
        return Arrays.stream(values()).filter(k -> k.idPrefix.equals(prefix)).findFirst();
    }

    // A holder, because an enum constructor may not read the enum's own static fields.
    private static final class Common {
        static final List<PropertySpec> PROPERTIES = List.of(
                new PropertySpec("name", "name", STRING, false, "名称", "Name", List.of()),
                text("nameEn", "英文名称", "English name"),
                text("description", "简介", "Description"),
                text("descriptionEn", "英文简介", "English description"),
                of("illustrative", BOOLEAN, "示例数据", "Illustrative (fictional)"));
    }
}

package org.brainbridge.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Actors written for the policy-matching tests, each with exactly the facts its expectation depends on. They hang off
 * the real taxonomy (regions, technologies, chain segments) loaded from graph-seed, so "in Jiangxi", "in the Ganjiang
 * New Area" and "works on BCI" are decided by the same trees as in production.
 */
final class PolicyMatchFixtures {

    static final String DONGHU = "region-360102"; // 南昌市东湖区: in Jiangxi, not covered by the Ganjiang New Area
    static final String XINJIAN = "region-360112"; // 南昌市新建区: partly covered by the Ganjiang New Area
    static final String QINGSHANHU = "region-360111"; // 南昌市青山湖区: partly covered too
    static final String NANCHANG = "region-360100";
    static final String ZHANGGONG = "region-360702"; // 赣州市章贡区
    static final String ZONE = "region-zone-ganjiang";
    static final String SHENZHEN = "region-440300";
    static final String HANGZHOU = "region-330100";
    static final String EEG = "tech-eeg"; // under tech-bci
    static final String DECODING = "tech-decoding"; // under tech-bci
    static final String PYTHON = "tech-skill-python"; // a skill outside the BCI tree

    private static final Provenance PROVENANCE =
            new Provenance("test", "PolicyMatchTableTest#1", "", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z");
    private static final ChangeMeta META = new ChangeMeta("test", "policy-match-fixtures");

    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final List<String[]> relationships = new ArrayList<>();

    static PolicyMatchFixtures build() {
        PolicyMatchFixtures f = new PolicyMatchFixtures();
        f.node("scn-pm-rehab", "卒中康复训练（测试）", "domain", "rehabilitation");
        f.node("scn-pm-consumer", "脑电游戏（测试）", "domain", "consumer");

        f.node("ent-pm-01", "东湖脑机（测试）", "stage", "series_a", "qualifications", List.of("high_tech"));
        f.rel("ent-pm-01", "LOCATED_IN", DONGHU)
                .rel("ent-pm-01", "DEVELOPS", EEG)
                .rel("ent-pm-01", "SERVES", "scn-pm-rehab")
                .rel("ent-pm-01", "IN_SEGMENT", "chain-up-algorithms")
                .rel("ent-pm-01", "MAKES", "prod-pm-01");
        f.node(
                "prod-pm-01",
                "康复头环（测试）",
                "deviceClass",
                "class_ii",
                "registrationStatus",
                "registered",
                "clinicalTrialPhase",
                "pivotal");
        f.rel("prod-pm-01", "TRIALS_AT", "inst-pm-02");

        f.node("ent-pm-02", "深圳脑机（测试）", "stage", "series_b");
        f.rel("ent-pm-02", "LOCATED_IN", SHENZHEN)
                .rel("ent-pm-02", "DEVELOPS", EEG)
                .rel("ent-pm-02", "MAKES", "prod-pm-02");
        f.node(
                "prod-pm-02",
                "植入式系统（测试）",
                "deviceClass",
                "class_iii",
                "registrationStatus",
                "innovative_channel",
                "clinicalTrialPhase",
                "feasibility");

        f.node("ent-pm-03", "东湖软件（测试）", "stage", "seed");
        f.rel("ent-pm-03", "LOCATED_IN", DONGHU)
                .rel("ent-pm-03", "DEVELOPS", PYTHON)
                .rel("ent-pm-03", "SERVES", "scn-pm-consumer")
                .rel("ent-pm-03", "IN_SEGMENT", "chain-down-consumer");

        f.node("ent-pm-04", "新区脑机（测试）", "stage", "listed", "qualifications", List.of("specialised"));
        f.rel("ent-pm-04", "LOCATED_IN", ZONE)
                .rel("ent-pm-04", "LOCATED_IN", XINJIAN)
                .rel("ent-pm-04", "DEVELOPS", DECODING);

        f.node("ent-pm-05", "新建脑机（测试）");
        f.rel("ent-pm-05", "LOCATED_IN", XINJIAN).rel("ent-pm-05", "DEVELOPS", EEG);

        f.node("ent-pm-06", "无数据企业（测试）");

        f.node("ent-pm-07", "上市脑机（测试）", "stage", "listed", "qualifications", List.of("specialised"));
        f.rel("ent-pm-07", "LOCATED_IN", DONGHU)
                .rel("ent-pm-07", "DEVELOPS", EEG)
                .rel("ent-pm-07", "MAKES", "prod-pm-07");
        f.node("prod-pm-07", "注意力头带（测试）", "deviceClass", "none", "clinicalTrialPhase", "none");

        f.node("ent-pm-08", "南昌脑机（测试）", "stage", "pre_ipo", "qualifications", List.of("little_giant"));
        f.rel("ent-pm-08", "LOCATED_IN", NANCHANG)
                .rel("ent-pm-08", "DEVELOPS", EEG)
                .rel("ent-pm-08", "MAKES", "prod-pm-08");
        f.node(
                "prod-pm-08",
                "脑电监护仪（测试）",
                "deviceClass",
                "class_ii",
                "registrationStatus",
                "in_review",
                "clinicalTrialPhase",
                "preclinical");

        f.node("ent-pm-10", "电极材料（测试）");
        f.rel("ent-pm-10", "LOCATED_IN", DONGHU)
                .rel("ent-pm-10", "DEVELOPS", EEG)
                .rel("ent-pm-10", "IN_SEGMENT", "chain-up-electrodes");

        f.node("ent-pm-11", "杭州公司（测试）");
        f.rel("ent-pm-11", "LOCATED_IN", HANGZHOU);

        f.node("inst-pm-01", "东湖大学（测试）", "kinds", List.of("university"));
        f.rel("inst-pm-01", "LOCATED_IN", DONGHU).rel("inst-pm-01", "RESEARCHES", EEG);

        f.node("inst-pm-02", "东湖医院（测试）", "kinds", List.of("hospital"));
        f.rel("inst-pm-02", "LOCATED_IN", DONGHU).rel("inst-pm-02", "RESEARCHES", EEG);

        f.node("inst-pm-03", "深圳医院（测试）", "kinds", List.of("hospital"));
        f.rel("inst-pm-03", "LOCATED_IN", SHENZHEN);

        f.node("inst-pm-04", "章贡软件所（测试）", "kinds", List.of("research_institute"));
        f.rel("inst-pm-04", "LOCATED_IN", ZHANGGONG).rel("inst-pm-04", "RESEARCHES", PYTHON);

        f.node("inst-pm-05", "新区平台（测试）");
        f.rel("inst-pm-05", "LOCATED_IN", ZONE).rel("inst-pm-05", "RESEARCHES", EEG);

        f.node("inst-pm-06", "临床中心（测试）", "kinds", List.of("clinical_research_centre"));
        f.rel("inst-pm-06", "LOCATED_IN", DONGHU).rel("inst-pm-06", "RESEARCHES", EEG);

        f.node("inst-pm-07", "深圳大学（测试）", "kinds", List.of("university"));
        f.rel("inst-pm-07", "LOCATED_IN", SHENZHEN).rel("inst-pm-07", "RESEARCHES", EEG);

        f.node("inst-pm-08", "青山湖医院（测试）", "kinds", List.of("hospital"));
        f.rel("inst-pm-08", "LOCATED_IN", QINGSHANHU).rel("inst-pm-08", "RESEARCHES", EEG);

        f.node("tal-pm-01", "张测试", "consentToMatch", true, "optedOut", false);
        f.rel("tal-pm-01", "LOCATED_IN", DONGHU)
                .rel("tal-pm-01", "HAS_SKILL", EEG)
                .rel("tal-pm-01", "LEADS", "proj-pm-01");
        f.node("tal-pm-02", "李测试", "consentToMatch", true, "optedOut", false);
        f.rel("tal-pm-02", "HAS_SKILL", PYTHON);
        f.node("tal-pm-03", "王测试", "consentToMatch", false, "optedOut", false);
        f.rel("tal-pm-03", "HAS_SKILL", EEG);
        f.node("tal-pm-04", "赵测试", "consentToMatch", true, "optedOut", true);
        f.rel("tal-pm-04", "HAS_SKILL", EEG);
        f.node("tal-pm-05", "陈测试", "consentToMatch", true, "optedOut", false);
        f.rel("tal-pm-05", "LOCATED_IN", SHENZHEN).rel("tal-pm-05", "HAS_SKILL", EEG);
        f.node("tal-pm-06", "刘测试", "consentToMatch", true, "optedOut", false);
        f.rel("tal-pm-06", "LOCATED_IN", DONGHU);

        f.node("inv-pm-01", "东湖创投（测试）", "investorType", "vc");
        f.rel("inv-pm-01", "LOCATED_IN", DONGHU).rel("inv-pm-01", "FOCUSES_ON", EEG);
        f.node("inv-pm-02", "引导基金（测试）", "investorType", "government_fund");
        f.rel("inv-pm-02", "FOCUSES_ON", PYTHON);
        f.node("inv-pm-03", "无类型投资（测试）");
        f.node("inv-pm-04", "深圳天使（测试）", "investorType", "angel");
        f.rel("inv-pm-04", "LOCATED_IN", SHENZHEN).rel("inv-pm-04", "FOCUSES_ON", "chain-up-algorithms");

        f.node("proj-pm-01", "康复项目（测试）", "seeks", List.of("investment"), "stage", "angel");
        f.rel("proj-pm-01", "LOCATED_IN", DONGHU)
                .rel("proj-pm-01", "USES_TECHNOLOGY", EEG)
                .rel("proj-pm-01", "SERVES", "scn-pm-rehab");
        f.node("proj-pm-02", "深圳项目（测试）", "seeks", List.of("partner"));
        f.rel("proj-pm-02", "LOCATED_IN", SHENZHEN)
                .rel("proj-pm-02", "USES_TECHNOLOGY", EEG)
                .rel("proj-pm-02", "TRIALS_AT", "inst-pm-02")
                .rel("proj-pm-02", "SERVES", "scn-pm-consumer");
        f.node("proj-pm-03", "软件项目（测试）");
        f.rel("proj-pm-03", "LOCATED_IN", DONGHU).rel("proj-pm-03", "USES_TECHNOLOGY", PYTHON);
        f.node("proj-pm-04", "新区项目（测试）");
        f.rel("proj-pm-04", "LOCATED_IN", ZONE).rel("proj-pm-04", "USES_TECHNOLOGY", EEG);
        return f;
    }

    private void node(String id, String name, Object... properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("illustrative", true);
        for (int i = 0; i < properties.length; i += 2) {
            values.put((String) properties[i], properties[i + 1]);
        }
        nodes.put(id, values);
    }

    private PolicyMatchFixtures rel(String from, String type, String to) {
        relationships.add(new String[] {from, type, to});
        return this;
    }

    void write(GraphWriter writer) {
        Map<NodeKind, List<NodeUpsert>> byKind = new LinkedHashMap<>();
        nodes.forEach((id, values) -> byKind.computeIfAbsent(NodeKind.byId(id).orElseThrow(), k -> new ArrayList<>())
                .add(new NodeUpsert(id, values, PROVENANCE)));
        byKind.forEach((kind, rows) -> writer.upsertNodes(kind, rows, META));
        Map<RelType, List<RelationshipUpsert>> byType = new LinkedHashMap<>();
        for (String[] r : relationships) {
            byType.computeIfAbsent(RelType.byType(r[1]).orElseThrow(), k -> new ArrayList<>())
                    .add(new RelationshipUpsert(r[0], r[2], Map.of(), PROVENANCE));
        }
        byType.forEach((type, rows) -> writer.upsertRelationships(type, rows, META));
    }

    void delete(GraphWriter writer) {
        writer.deleteNodes(List.copyOf(nodes.keySet()), META);
    }
}

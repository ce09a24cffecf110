package org.brainbridge.matching;

/** The named factors of a match score; docs/matching.md gives each formula. */
public enum MatchFactor {
    TECHNOLOGY("技术契合", "technology fit"),
    SCENARIO("场景契合", "scenario fit"),
    CHAIN("产业链互补", "chain complementarity"),
    PROFILE("条件相符", "profile fit"),
    TEXT("文本相似", "text similarity"),
    GRAPH("关系邻近", "graph proximity"),
    POLICY("政策协同", "policy synergy");

    private final String zh;
    private final String en;

    MatchFactor(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}

package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbridge.matching.Match.FactorContribution;

/** The one-line reason of a match, in Chinese and English, from its two largest factor contributions. */
final class Reasons {

    private Reasons() {}

    static String[] of(List<FactorContribution> factors, Map<MatchFactor, String[]> details) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (FactorContribution f : factors) {
            if (zh.size() == 2 || f.contribution() < 0.01) {
                break;
            }
            String[] d = details.get(f.factor());
            String[] line = line(f.factor(), d);
            if (line != null) {
                zh.add(line[0]);
                en.add(line[1]);
            }
        }
        if (zh.isEmpty()) {
            return new String[] {"推荐理由：综合匹配度较高", "Why: a fair overall match"};
        }
        return new String[] {"推荐理由：" + String.join("；", zh), "Why: " + String.join("; ", en)};
    }

    private static String[] line(MatchFactor factor, String[] d) {
        if (d == null) {
            return null;
        }
        return switch (factor) {
            case TECHNOLOGY -> new String[] {"技术契合（" + d[0] + "）", "technology fit (" + d[1] + ")"};
            case SCENARIO -> new String[] {"同服务" + d[0] + "场景", "both serve " + d[1]};
            case CHAIN -> new String[] {"产业链上下游互补（" + d[0] + "）", "chain fit (" + d[1] + ")"};
            case PROFILE -> new String[] {d[0], d[1]};
            case TEXT -> new String[] {"需求与供给描述相近（" + d[0] + "）", "similar needs and offers (" + d[1] + ")"};
            case GRAPH -> new String[] {d[0], d[1]};
            case POLICY -> new String[] {"（推断）同属" + d[0] + "支持范围", "(inferred) both fall under " + d[1]};
        };
    }
}

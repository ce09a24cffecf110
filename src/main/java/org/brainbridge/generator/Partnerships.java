package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.Themes.Theme;
import org.brainbridge.graph.model.RelType;

/**
 * Ties between organisations: collaborations (industry-academia, between institutions, between enterprises of
 * different lines of business), supplies down the chain, and hosting. Each pair is written from one side only
 * (an enterprise to an institution, the later of two institutions or enterprises to the earlier), so no pair
 * appears twice, in either direction.
 */
final class Partnerships {

    /** Collaboration topics: a pattern and what fills it (a technology, a scenario, or nothing). */
    private static final String[][] TOPICS = {
        {"联合研发：%s", "tech"}, {"共建%s临床验证基地", "scenario"}, {"共建联合实验室（%s方向）", "tech"},
        {"研究生联合培养与人才共育", ""}, {"%s应用示范合作", "scenario"}, {"产品检测与注册申报服务", ""},
        {"专利许可与成果转化（%s）", "tech"}
    };

    private final World world;
    private final Output out;

    Partnerships(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void forEnterprise(int e, Rand r, int[] techs, int[] scenarios) {
        EnterprisePlan ents = world.enterprises;
        InstitutionPlan insts = world.institutions;
        boolean hub = World.hub(e, ents.count);
        int n = hub ? r.between(3, 6) : r.chance(0.55) ? r.between(1, 2) : 0;
        List<Integer> partners = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int best = -1;
            for (int attempt = 0; attempt < 4 && best < 0; attempt++) {
                int i = insts.pick(r);
                boolean fits = contains(insts.themes(i), ents.theme[e]) || attempt == 3;
                best = fits && !partners.contains(i) ? i : -1;
            }
            if (best >= 0) {
                partners.add(best);
                collaborate(ents.id(e), insts.id(best), ents.founded[e], techs, scenarios, r);
            }
        }
        if (e > 0 && r.chance(hub ? 0.8 : 0.12)) {
            int other = r.zipf(e, 0.85, 3);
            if (ents.theme[other] != ents.theme[e]) {
                collaborate(
                        ents.id(e),
                        ents.id(other),
                        Math.max(ents.founded[e], ents.founded[other]),
                        techs,
                        scenarios,
                        r);
            }
        }
        supplies(e, r);
    }

    private void supplies(int e, Rand r) {
        EnterprisePlan ents = world.enterprises;
        Theme th = Themes.get(ents.theme[e]);
        if (th.supplies().isEmpty() || ents.tier(e) == 2) {
            return;
        }
        int n = World.hub(e, ents.count) ? r.between(2, 4) : r.chance(0.4) ? r.between(1, 2) : 0;
        List<Integer> customers = new ArrayList<>();
        for (int attempt = 0; customers.size() < n && attempt < n * 6; attempt++) {
            int c = ents.pick(r);
            if (c != e && ents.tier(c) > ents.tier(e) && ents.theme[c] != ents.theme[e] && !customers.contains(c)) {
                customers.add(c);
                out.edge(RelType.SUPPLIES, ents.id(e), ents.id(c), r.pick(th.supplies()));
            }
        }
    }

    void forInstitution(int i, Rand r) {
        InstitutionPlan insts = world.institutions;
        int host = insts.host[i];
        if (host >= 0) {
            out.edge(RelType.AFFILIATED_WITH, insts.id(i), insts.id(host));
        } else if (host < -1) {
            out.edge(RelType.AFFILIATED_WITH, insts.id(i), world.enterprises.id(-host - 2));
        }
        if (i == 0 || !r.chance(i < insts.universities ? 0.9 : 0.25)) {
            return;
        }
        int n = r.between(1, 2);
        List<Integer> partners = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int other = r.zipf(i, 0.85, 2);
            if (other != host && !partners.contains(other)) {
                partners.add(other);
                int[] themes = insts.themes(i);
                int[] techs = world.catalog.themeTechs(themes[0], 1, r);
                int[] scenarios = {world.scenarios.pick(themes[0], r)};
                collaborate(insts.id(i), insts.id(other), 2005, techs, scenarios, r);
            }
        }
    }

    private void collaborate(String from, String to, int founded, int[] techs, int[] scenarios, Rand r) {
        String[] topic = TOPICS[r.below(TOPICS.length)];
        String fill = switch (topic[1]) {
            case "tech" -> techs.length == 0 ? "" : world.techs.plain.get(r.pick(techs));
            case "scenario" -> scenarios.length == 0 ? "" : world.scenarios.zh[r.pick(scenarios)];
            default -> "";
        };
        String text = fill.isEmpty() && !topic[1].isEmpty() ? "研究生联合培养与人才共育" : topic[0].replace("%s", fill);
        int start = Math.min(World.YEAR, Math.max(2012, founded));
        out.edge(RelType.COLLABORATES_WITH, from, to, text, r.between(start, World.YEAR));
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}

package org.brainbridge.generator;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Matchmaking records, so that the hard rules of matching have something to bite on at any size: investors that met,
 * declined or declared a conflict with an enterprise or project of their themes (never one they invested in), talent
 * that met, declined or is in conflict with a position, and a few enterprises that opted out of matching. Drawn from
 * a stream of their own, so the rest of the folder is the same with or without them.
 */
final class Matchmaking {

    private static final String[] EVENTS = {"赣江新区脑机接口产业投融资对接会", "脑机接口创新成果路演", "项目尽调会谈", "赣鄱科创投融资沙龙"};
    private static final String[] DECLINES = {"投资阶段不符", "暂不融资", "估值分歧", "赛道不符"};
    private static final String[] CONFLICTS = {"基金合伙人兼任该企业董事", "关联方持股", "近亲属任职"};

    private Matchmaking() {}

    static boolean optedOut(World world, int enterprise) {
        return world.rand(World.MATCHMAKING, enterprise).chance(0.02);
    }

    static void forInvestor(World world, Output out, String investor, int v, int[] themes, List<String> invested) {
        // Offset from the enterprises' indexes: a different draw per investor than per enterprise.
        Rand r = world.rand(World.MATCHMAKING, 1_000_000_000L + v);
        EnterprisePlan ents = world.enterprises;
        RelType[] types = {RelType.MET, RelType.DECLINED, RelType.CONFLICT_OF_INTEREST};
        double[] chances = {0.25, 0.12, 0.05};
        for (int i = 0; i < types.length; i++) {
            if (!r.chance(chances[i])) {
                continue;
            }
            String target = ents.id(ents.pickInTheme(r.pick(themes), r));
            if (invested.contains(target)) {
                continue;
            }
            String date = Fmt.date(World.YEAR - r.between(0, 1), r.between(1, 12), r.between(1, 28));
            switch (types[i]) {
                case MET -> out.edge(RelType.MET, investor, target, date, r.pick(EVENTS));
                case DECLINED -> {
                    // Either side may decline.
                    boolean byInvestor = r.chance(0.5);
                    out.edge(
                            RelType.DECLINED,
                            byInvestor ? investor : target,
                            byInvestor ? target : investor,
                            date,
                            r.pick(DECLINES));
                }
                default -> out.edge(RelType.CONFLICT_OF_INTEREST, investor, target, date, r.pick(CONFLICTS));
            }
        }
    }

    static void forTalent(World world, Output out, String talent, int t) {
        Rand r = world.rand(World.MATCHMAKING, 2_000_000_000L + t);
        int positions = world.count(NodeKind.POSITION);
        if (positions == 0 || !r.chance(0.06)) {
            return;
        }
        String position = Fmt.id("pos", r.below(positions));
        String date = Fmt.date(World.YEAR, r.between(1, 11), r.between(1, 28));
        double u = r.unit();
        if (u < 0.6) {
            out.edge(RelType.MET, talent, position, date, "岗位面试");
        } else if (u < 0.9) {
            out.edge(RelType.DECLINED, talent, position, date, "已接受其他岗位");
        } else {
            out.edge(RelType.CONFLICT_OF_INTEREST, talent, position, date, "与招聘负责人为直系亲属");
        }
    }
}

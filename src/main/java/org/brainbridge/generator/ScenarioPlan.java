package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.Needs.Need;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Scenarios: application needs in a place and a setting. The first ones are the needs themselves (generic, and the
 * hubs); the rest are local ("青山湖区社区卫生服务中心卒中后上肢康复训练"), common needs more often than rare ones, in
 * the regional mix. Enterprises, products and projects serve the scenarios of their theme.
 */
final class ScenarioPlan {

    final int count;
    final short[] need;
    final int[] place;
    final String[] zh;
    final String[] en;
    /** Scenario indices per theme, in index order (generic needs first). */
    final int[][] byTheme = new int[Themes.ALL.size()][];

    private final World world;

    ScenarioPlan(World world) {
        this.world = world;
        this.count = world.count(NodeKind.SCENARIO);
        need = new short[count];
        place = new int[count];
        zh = new String[count];
        en = new String[count];
        for (int s = 0; s < count; s++) {
            Rand r = world.rand(World.SCENARIO, s);
            int n = s < Needs.ALL.size() ? s : r.zipf(Needs.ALL.size(), 0.7, 2);
            need[s] = (short) n;
            Need nd = Needs.ALL.get(n);
            place[s] = world.regions.pick(r);
            if (s < Needs.ALL.size() && world.claim(nd.zh())) {
                zh[s] = nd.zh();
                en[s] = nd.en();
                continue;
            }
            for (int attempt = 0; zh[s] == null; attempt++) {
                String[] setting = r.pick(Needs.settings(nd.domain()));
                String where = world.regions.place(place[s]).name();
                String name = where + setting[0] + nd.zh() + (attempt < 8 ? "" : "（试点" + (attempt - 6) + "）");
                if (world.claim(name)) {
                    zh[s] = name;
                    en[s] = nd.en() + " (" + setting[1] + ", " + world.regions.en(place[s]) + ")"
                            + (attempt < 8 ? "" : " pilot " + (attempt - 6));
                } else {
                    place[s] = world.regions.pick(r);
                }
            }
        }
        for (int t = 0; t < byTheme.length; t++) {
            String key = Themes.get(t).key();
            List<Integer> list = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                if (Needs.ALL.get(need[s]).themes().contains(key)) {
                    list.add(s);
                }
            }
            if (list.isEmpty()) {
                list.add(0);
            }
            byTheme[t] = list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    String id(int s) {
        return Fmt.id("scn", s);
    }

    Need needOf(int s) {
        return Needs.ALL.get(need[s]);
    }

    /** A scenario of the theme; generic and common ones most often. */
    int pick(int theme, Rand r) {
        return r.zipfOf(byTheme[theme], 0.9, 2);
    }

    /** A technology the scenario uses. */
    int tech(int s, Rand r) {
        int[] techs = world.catalog.needTechs[need[s]];
        return techs.length == 0 ? -1 : r.zipfOf(techs, 1.0, 1);
    }

    void write(Output out) {
        TechTree techs = world.techs;
        try (Output.NodeFile file = out.nodes(NodeKind.SCENARIO, "domain")) {
            for (int s = 0; s < count; s++) {
                Rand r = world.rand(World.SCENARIO, count + (long) s);
                Need nd = needOf(s);
                int[] uses = r.distinct(world.catalog.needTechs[need[s]], r.between(1, 3), 1.0, 1);
                List<String> techZh = new ArrayList<>();
                List<String> techEn = new ArrayList<>();
                for (int t : uses) {
                    techZh.add(techs.zh.get(t));
                    techEn.add(techs.en.get(t));
                }
                boolean local = !zh[s].equals(nd.zh());
                String description = "应用需求：" + nd.needZh() + "。所属领域：" + Labels.zh("domain", nd.domain()) + "。"
                        + (local ? "实施地点：" + world.regions.zh(place[s]) + "。" : "")
                        + (techZh.isEmpty() ? "" : "相关技术：" + Fmt.zhList(techZh) + "。");
                String descriptionEn = "Application need: " + nd.needEn() + ". Domain: "
                        + Labels.en("domain", nd.domain()).toLowerCase(java.util.Locale.ROOT) + "."
                        + (local ? " Location: " + world.regions.en(place[s]) + "." : "")
                        + (techEn.isEmpty() ? "" : " Related technologies: " + Fmt.enList(techEn) + ".");
                String[] text = Misspell.descriptions(world, World.SCENARIO, s, description, descriptionEn);
                file.row(id(s), zh[s], en[s], text[0], text[1])
                        .cell(nd.domain())
                        .end();
                for (int t : uses) {
                    out.edge(RelType.USES_TECHNOLOGY, id(s), techs.id.get(t));
                }
            }
        }
    }
}

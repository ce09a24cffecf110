package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/** Institution rows, and what an institution researches, serves, is hosted by and collaborates with. */
final class InstitutionWriter {

    private final World world;
    private final InstitutionPlan plan;
    private final Output out;

    InstitutionWriter(World world, Output out) {
        this.world = world;
        this.plan = world.institutions;
        this.out = out;
    }

    void write() {
        try (Output.NodeFile file =
                out.nodes(NodeKind.INSTITUTION, "short_name", "kinds", "level", "clinical_beds", "website")) {
            for (int i = 0; i < plan.count; i++) {
                row(file, i);
            }
        }
    }

    private void row(Output.NodeFile file, int i) {
        Rand r = world.rand(World.INSTITUTION_ROW, i);
        boolean hub = World.hub(i, plan.count);
        Set<Integer> research = new LinkedHashSet<>();
        for (int t : plan.themes(i)) {
            for (int tech : world.catalog.themeTechs(t, hub ? r.between(2, 4) : r.between(1, 2), r)) {
                research.add(tech);
            }
        }
        int[] techs = research.stream().mapToInt(Integer::intValue).toArray();
        boolean clinical = plan.org[i] == InstitutionPlan.HOSP;
        int[] scenarios = clinical || r.chance(0.3)
                ? r.distinct(world.scenarios.byTheme[plan.mainTheme(i)], hub ? 3 : r.between(1, 2), 0.9, 2)
                : new int[0];
        Plants.InstitutionPlant plant = world.plants.institutions.get(i);
        if (plant != null) {
            techs = plant.techs();
            scenarios = plant.scenarios();
        }
        int beds = 0;
        if (plan.kinds[i].contains("hospital")) {
            beds = hub ? r.between(80, 300) : r.between(20, 120);
        } else if (plan.kinds[i].contains("clinical_research") || plan.kinds[i].contains("rehab")) {
            beds = r.between(10, 80);
        }
        String website =
                plan.org[i] != InstitutionPlan.PLAT || r.chance(0.5) ? "https://www." + slug(i) + ".example.org" : "";
        String[] text = description(i, techs, scenarios, beds);
        file.row(plan.id(i), plan.zh[i], plan.en[i], text[0], text[1])
                .cell(plan.shortName[i])
                .cell(plan.kinds[i])
                .cell(plan.level[i])
                .cell(beds > 0 ? Integer.toString(beds) : "")
                .cell(website)
                .end();
        String id = plan.id(i);
        Edges.locatedIn(world, out, id, plan.place[i], r);
        for (int t : techs) {
            out.edge(RelType.RESEARCHES, id, world.techs.id.get(t));
        }
        for (int s : scenarios) {
            out.edge(RelType.SERVES, id, world.scenarios.id(s));
        }
        new Partnerships(world, out).forInstitution(i, r);
    }

    private String[] description(int i, int[] techs, int[] scenarios, int beds) {
        Words w = new Words(world);
        List<String> kinds = List.of(plan.kinds[i].split("\\|"));
        List<String> kindsZh = new ArrayList<>();
        List<String> kindsEn = new ArrayList<>();
        for (String k : kinds) {
            kindsZh.add(Labels.zh("kinds", k));
            kindsEn.add(Labels.en("kinds", k).toLowerCase(Locale.ROOT));
        }
        String level = plan.level[i].equals("other") ? "" : Labels.zh("level", plan.level[i]);
        String levelEn = plan.level[i].equals("other")
                ? ""
                : Labels.en("level", plan.level[i]).toLowerCase(Locale.ROOT) + " ";
        int host = plan.host[i];
        String hostZh = host >= 0 ? plan.zh[host] : host < -1 ? world.enterprises.zh[-host - 2] : null;
        String hostEn = host >= 0 ? plan.en[host] : host < -1 ? world.enterprises.en[-host - 2] : null;
        StringBuilder zh = new StringBuilder(120)
                .append(plan.zh[i])
                .append("是位于")
                .append(world.regions.zh(plan.place[i]))
                .append("的")
                .append(level)
                .append(Fmt.zhList(kindsZh))
                .append("，");
        StringBuilder en = new StringBuilder(200)
                .append(plan.en[i])
                .append(" is a ")
                .append(levelEn)
                .append(Fmt.enList(kindsEn))
                .append(" in ")
                .append(world.regions.en(plan.place[i]));
        if (hostZh != null) {
            zh.append("依托").append(hostZh).append("建设，");
            en.append(", hosted by ").append(hostEn);
        }
        zh.append("围绕").append(Fmt.zhList(w.techsZh(techs))).append("开展研究");
        en.append(". Research focus: ").append(Fmt.enList(w.techsEn(techs))).append('.');
        if (scenarios.length > 0) {
            zh.append("，服务").append(Fmt.zhList(w.scenariosZh(scenarios))).append("等场景");
            en.append(" Serves ").append(Fmt.enList(w.scenariosEn(scenarios))).append('.');
        }
        if (beds > 0) {
            zh.append("，设有临床研究床位").append(beds).append("张");
            en.append(" Clinical research beds: ").append(beds).append('.');
        }
        zh.append("。");
        return Misspell.descriptions(world, World.INSTITUTION, i, zh.toString(), en.toString());
    }

    private String slug(int i) {
        StringBuilder s = new StringBuilder();
        for (String word : plan.en[i].split("[^A-Za-z]+")) {
            if (!word.isEmpty() && !List.of("of", "the", "and", "for").contains(word.toLowerCase(Locale.ROOT))) {
                s.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return s + Integer.toString(i + 1, 36);
    }
}

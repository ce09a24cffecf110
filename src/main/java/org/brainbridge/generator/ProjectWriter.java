package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainbridge.generator.Themes.Item;
import org.brainbridge.generator.Themes.Theme;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Projects seeking partners, money, sites or talent: run by an enterprise (70 %) or a university or hospital, led
 * by one of its senior staff, serving a scenario of the runner's line of business. Records which projects seek
 * investment, and at which stage, for the investors written after them.
 */
final class ProjectWriter {

    private static final String[][] SUFFIXES = Lexicon.pairs(
            "研发及产业化",
            "R&D and industrialisation",
            "关键技术攻关",
            "key technology research",
            "临床转化研究",
            "clinical translation",
            "中试验证",
            "pilot-scale validation",
            "示范应用",
            "demonstration deployment",
            "注册与市场推广",
            "registration and market launch");
    private static final Choice STATUS = Choice.of("open:55", "in_progress:30", "closed:15");
    private static final Choice INSTITUTION_STAGE = Choice.of("seed:3", "angel:1");

    private final World world;
    private final Output out;

    ProjectWriter(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void write() {
        int count = world.count(NodeKind.PROJECT);
        world.projectStage = new byte[count];
        try (Output.NodeFile file =
                out.nodes(NodeKind.PROJECT, "trl", "seeks", "stage", "funding_sought_wan", "status")) {
            for (int p = 0; p < count; p++) {
                row(file, p);
            }
        }
    }

    private void row(Output.NodeFile file, int p) {
        Rand r = world.rand(World.PROJECT, p);
        Plants.ProjectPlant plant = world.plants.projects.get(p);
        EnterprisePlan ents = world.enterprises;
        boolean byInstitution = plant == null && r.chance(0.3);
        int org = plant != null
                ? plant.org()
                : byInstitution
                        ? ents.count
                                + world.institutions.pick(
                                        r.chance(0.6) ? InstitutionPlan.UNIV : InstitutionPlan.HOSP, r)
                        : ents.pick(r);
        int theme = Edges.organisationTheme(world, org);
        Theme th = Themes.get(theme);
        int scenario = plant != null ? plant.scenario() : world.scenarios.pick(theme, r);
        Item object = plant != null && plant.object() >= 0
                ? th.products().get(plant.object() % th.products().size())
                : r.pick(th.products());
        String[] suffix =
                plant != null && plant.suffix() >= 0 ? SUFFIXES[plant.suffix() % SUFFIXES.length] : r.pick(SUFFIXES);
        String name = "面向" + world.scenarios.zh[scenario] + "的" + object.zh() + suffix[0];
        String nameEn = Fmt.upper(object.en()) + " for " + Fmt.lower(world.scenarios.en[scenario]) + ": " + suffix[1];
        int trl = plant != null ? plant.trl() : byInstitution ? r.between(2, 5) : r.between(4, 8);
        String stage = plant != null
                ? plant.stage()
                : byInstitution ? INSTITUTION_STAGE.draw(r) : nextRound(ents.stageOf(org), r);
        String domain = world.scenarios.needOf(scenario).domain();
        boolean medical = (domain.equals("medical") || domain.equals("rehabilitation"))
                && !object.deviceClass().equals("none");
        List<String> seeks = plant != null ? plant.seeks() : seeks(byInstitution, medical, r);
        long funding =
                plant != null ? plant.funding() : Math.round((100 + trl * trl * 60 * (0.5 + r.unit())) / 50) * 50;
        String status = plant != null ? plant.status() : STATUS.draw(r);
        world.projectStage[p] = (byte)
                (seeks.contains("investment")
                        ? java.util.Arrays.asList(EnterprisePlan.STAGES).indexOf(stage)
                        : -1);
        String id = Fmt.id("proj", p);
        Set<Integer> uses = new LinkedHashSet<>();
        if (plant != null) {
            for (int t : plant.techs()) {
                uses.add(t);
            }
        } else {
            int scenarioTech = world.scenarios.tech(scenario, r);
            if (scenarioTech >= 0) {
                uses.add(scenarioTech);
            }
            for (int t : world.catalog.themeTechs(theme, r.between(1, 2), r)) {
                uses.add(t);
            }
        }
        Words w = new Words(world);
        int[] techs = uses.stream().mapToInt(Integer::intValue).toArray();
        String zh = name + "由" + Edges.organisationZh(world, org) + "承担，技术成熟度TRL " + trl + "，采用"
                + Fmt.zhList(w.techsZh(techs)) + "，拟融资" + funding + "万元，当前寻求"
                + Fmt.zhList(seeks.stream().map(s -> Labels.zh("seeks", s)).toList()) + "。";
        String en = nameEn + ", run by " + Edges.organisationEn(world, org) + " (TRL " + trl + "), uses "
                + Fmt.enList(w.techsEn(techs)) + "; seeks "
                + Fmt.enList(seeks.stream()
                        .map(s -> Fmt.lower(Labels.en("seeks", s)))
                        .toList()) + " (CNY " + funding
                + "0k sought).";
        String[] text = Misspell.descriptions(world, World.PROJECT, p, zh, en);
        file.row(id, name, nameEn, text[0], text[1])
                .cell(trl)
                .cell(String.join("|", seeks))
                .cell(stage)
                .cell(funding + ".0")
                .cell(status)
                .end();
        out.edge(RelType.RUNS, Edges.organisation(world, org), id);
        Edges.locatedIn(world, out, id, Edges.organisationPlace(world, org), r);
        out.edge(RelType.SERVES, id, world.scenarios.id(scenario));
        for (int t : techs) {
            out.edge(RelType.USES_TECHNOLOGY, id, world.techs.id.get(t));
        }
        if (r.chance(0.6)) {
            int[] segments = world.catalog.themeSegments[theme];
            out.edge(RelType.IN_SEGMENT, id, world.catalog.segmentId(r.zipfOf(segments, 1.0, 1)));
        }
        if (seeks.contains("clinical_site") && !status.equals("open")) {
            out.edge(RelType.TRIALS_AT, id, world.institutions.id(world.institutions.pick(InstitutionPlan.HOSP, r)));
        }
        int leader = leader(org, r);
        if (leader >= 0) {
            out.edge(RelType.LEADS, Fmt.id("tal", leader), id);
        }
    }

    private int leader(int org, Rand r) {
        List<Integer> candidates = new ArrayList<>(4);
        for (int k = 0; k < 4; k++) {
            int t = world.leaders[org * 4 + k];
            if (t >= 0) {
                candidates.add(t);
            }
        }
        return candidates.isEmpty() ? -1 : r.pick(candidates);
    }

    private static List<String> seeks(boolean byInstitution, boolean medical, Rand r) {
        List<String> seeks = new ArrayList<>();
        if (r.chance(byInstitution ? 0.4 : 0.75)) {
            seeks.add("investment");
        }
        if (r.chance(0.4)) {
            seeks.add("partner");
        }
        if (byInstitution && r.chance(0.6)) {
            seeks.add("licence");
        }
        if (r.chance(0.25)) {
            seeks.add("talent");
        }
        if (r.chance(0.3)) {
            seeks.add("scenario");
        }
        if (medical && r.chance(0.6)) {
            seeks.add("clinical_site");
        }
        if (seeks.isEmpty()) {
            seeks.add(byInstitution ? "partner" : "investment");
        }
        return seeks;
    }

    /** A project raises the enterprise's current or next round; listed and mature companies keep their stage. */
    private static String nextRound(String stage, Rand r) {
        List<String> order = List.of("seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo");
        int i = order.indexOf(stage);
        return i < 0 ? stage : order.get(Math.min(order.size() - 1, i + (r.chance(0.5) ? 1 : 0)));
    }
}

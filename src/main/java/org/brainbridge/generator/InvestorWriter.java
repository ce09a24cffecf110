package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Investors: guidance funds, state capital, VCs, PE, corporate and angel investors, banks; mostly Jiangxi-based,
 * about a fifth from Beijing, Shanghai, Shenzhen and other centres. Bigger funds (the first ranks) do more deals;
 * deals go to enterprises of the investor's themes by rank, preferring stages the investor does, and to projects
 * seeking investment.
 */
final class InvestorWriter {

    private static final Choice TYPE = Choice.of(
            "government_fund:15", "state_capital:8", "vc:35", "pe:12", "corporate_vc:12", "angel:13", "bank:5");
    /** Per type: stages, ticket min and max (10k CNY), typical fund size (10k CNY), Chinese and English suffixes. */
    private static final Map<String, String[]> PROFILE = Map.of(
            "government_fund",
                    new String[] {
                        "seed|angel|series_a|series_b", "300", "5000", "100000", "产业引导基金", "Industry Guidance Fund"
                    },
            "state_capital",
                    new String[] {
                        "series_a|series_b|series_c_plus|pre_ipo",
                        "2000",
                        "20000",
                        "300000",
                        "科创投资有限公司",
                        "Sci-Tech Investment Co., Ltd."
                    },
            "vc",
                    new String[] {
                        "angel|series_a|series_b", "200", "8000", "50000", "创业投资有限公司", "Venture Capital Co., Ltd."
                    },
            "pe",
                    new String[] {
                        "series_b|series_c_plus|pre_ipo",
                        "3000",
                        "30000",
                        "150000",
                        "医疗健康私募股权投资基金",
                        "Healthcare Private Equity Fund"
                    },
            "corporate_vc",
                    new String[] {
                        "series_a|series_b", "500", "5000", "60000", "产业资本有限公司", "Industrial Capital Co., Ltd."
                    },
            "angel", new String[] {"seed|angel", "50", "800", "8000", "天使投资合伙企业（有限合伙）", "Angel Investment LP"},
            "bank",
                    new String[] {
                        "angel|series_a|series_b|series_c_plus",
                        "100",
                        "3000",
                        "500000",
                        "科创银行科技金融部",
                        "Sci-Tech Bank, Technology Finance"
                    });

    private static final Map<String, String> ROUNDS = Map.of(
            "seed",
            "种子轮",
            "angel",
            "天使轮",
            "series_a",
            "A轮",
            "series_b",
            "B轮",
            "series_c_plus",
            "C轮",
            "pre_ipo",
            "Pre-IPO轮",
            "listed",
            "战略投资",
            "mature",
            "战略投资");

    private final World world;
    private final Output out;

    InvestorWriter(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void write() {
        int count = world.count(NodeKind.INVESTOR);
        try (Output.NodeFile file = out.nodes(
                NodeKind.INVESTOR,
                "short_name",
                "investor_type",
                "stages",
                "ticket_min_wan",
                "ticket_max_wan",
                "fund_size_wan")) {
            for (int v = 0; v < count; v++) {
                row(file, v, count);
            }
        }
    }

    /** The investor's profile (stages, ticket, fund size, names), from the first draw of its stream, as row makes it. */
    static String[] profileOf(World world, int v) {
        return PROFILE.get(TYPE.draw(world.rand(World.INVESTOR, v)));
    }

    private void row(Output.NodeFile file, int v, int count) {
        Rand r = world.rand(World.INVESTOR, v);
        String type = TYPE.draw(r);
        String[] profile = PROFILE.get(type);
        boolean hub = World.hub(v, count);
        int place =
                r.chance(0.18) ? world.regions.pickOutside(r) : hub ? world.regions.pickCore(r) : world.regions.pick(r);
        double fund = Double.parseDouble(profile[3]) * (0.3 + 1.7 * r.unit()) * (hub ? 8 : 1);
        double min = Double.parseDouble(profile[1]);
        double max = Double.parseDouble(profile[2]) * (hub ? 3 : 1);
        String[] names = InvestorNames.name(world, v, type, place, profile, r);
        int[] themes = r.distinct(themeOrder(r), r.between(1, 3), 0.5, 1);
        List<String> stages = List.of(profile[0].split("\\|"));
        String id = Fmt.id("inv", v);
        Deals deals = deals(v, r, hub, themes, stages);
        Focus focus = focus(r, themes);
        Plants.InvestorPlant plant = world.plants.investors.get(v);
        if (plant != null) {
            focus = planted(focus, plant);
        }
        String fundText = fund >= 10000 ? Math.round(fund / 10000) + "亿元" : Math.round(fund) + "万元";
        String zh = names[0] + "是位于" + world.regions.zh(place) + "的" + Labels.zh("investor_type", type) + "，管理规模约"
                + fundText + "，重点关注" + Fmt.zhList(focus.zh) + "，单笔投资" + Math.round(min) + "万至" + Math.round(max)
                + "万元" + (deals.zh.isEmpty() ? "" : "，已投资" + Fmt.zhList(deals.zh) + "等") + "。";
        String en = names[1] + " (" + Fmt.lower(Labels.en("investor_type", type)) + ") is based in "
                + world.regions.en(place)
                + " with about CNY " + Fmt.money(fund / 100000) + " billion under management. Focus: "
                + Fmt.enList(focus.en) + ". Tickets of CNY " + Math.round(min) + "0k to " + Math.round(max) + "0k."
                + (deals.en.isEmpty() ? "" : " Portfolio includes " + Fmt.enList(deals.en) + ".");
        String[] text = Misspell.descriptions(world, World.INVESTOR, v, zh, en);
        file.row(id, names[0], names[1], text[0], text[1])
                .cell(names[2])
                .cell(type)
                .cell(profile[0])
                .cell(Fmt.money(min))
                .cell(Fmt.money(max))
                .cell(Fmt.money(fund))
                .end();
        Edges.locatedIn(world, out, id, place, r);
        Set<String> regions = new LinkedHashSet<>();
        if ((!world.regions.jiangxi(place) || hub) && world.regions.province() != null) {
            regions.add(world.regions.province().id());
        }
        regions.add(world.regions.city(place).id());
        if (world.regions.jiangxi(place) && world.regions.zone() != null && r.chance(0.3)) {
            regions.add(world.regions.zone().id());
        }
        if (plant != null) {
            regions.clear();
            regions.addAll(plant.regions());
        }
        regions.forEach(region -> out.edge(RelType.TARGETS_REGION, id, region));
        focus.ids.forEach(target -> out.edge(RelType.FOCUSES_ON, id, target));
        Matchmaking.forInvestor(world, out, id, v, themes, deals.targets);
        for (int k = 0; k < deals.targets.size(); k++) {
            double amount = Math.round((min + (max - min) * Math.pow(r.unit(), 2)) / 10) * 10.0;
            out.edge(
                    RelType.INVESTED_IN,
                    id,
                    deals.targets.get(k),
                    ROUNDS.get(deals.rounds.get(k)),
                    Fmt.money(amount),
                    r.between(deals.earliest.get(k), World.YEAR));
        }
    }

    private int[] themeOrder(Rand r) {
        int[] order = new int[Themes.ALL.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = r.weighted(Themes.WEIGHTS);
        }
        return order;
    }

    private record Focus(List<String> ids, List<String> zh, List<String> en) {}

    private Focus focus(Rand r, int[] themes) {
        Focus f = new Focus(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int t : themes) {
            int tech = world.catalog.themeTech(t, r);
            add(f, world.techs.id.get(tech), world.techs.plain.get(tech), world.techs.en.get(tech));
        }
        int segment = world.catalog.themeSegments[themes[0]][0];
        add(
                f,
                world.catalog.segmentId(segment),
                world.catalog.segments.get(segment).name(),
                Fmt.lower(world.catalog.segments.get(segment).nameEn()));
        Set<String> domains = new LinkedHashSet<>();
        for (int t : themes) {
            Needs.ALL.stream()
                    .filter(n -> n.themes().contains(Themes.get(t).key()))
                    .forEach(n -> domains.add(n.domain()));
        }
        List<Taxonomy.Domain> matching = world.taxonomy.domains.stream()
                .filter(d -> domains.contains(d.domain()))
                .toList();
        if (!matching.isEmpty()) {
            Taxonomy.Domain d = r.pick(matching);
            add(
                    f,
                    d.id(),
                    d.name() + "领域",
                    Labels.en("domain", d.domain()).toLowerCase(java.util.Locale.ROOT) + " applications");
        } else {
            int s = world.scenarios.pick(themes[0], r);
            add(f, world.scenarios.id(s), world.scenarios.zh[s], Fmt.lower(world.scenarios.en[s]));
        }
        return f;
    }

    /** The planted technologies first, then the drawn focus without its technologies (segment, domain). */
    private Focus planted(Focus drawn, Plants.InvestorPlant plant) {
        Focus f = new Focus(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int tech : plant.focus()) {
            add(f, world.techs.id.get(tech), world.techs.plain.get(tech), world.techs.en.get(tech));
        }
        for (int k = 0; k < drawn.ids.size(); k++) {
            if (world.techs.index(drawn.ids.get(k)) == null) {
                add(f, drawn.ids.get(k), drawn.zh.get(k), drawn.en.get(k));
            }
        }
        return f;
    }

    private static void add(Focus f, String id, String zh, String en) {
        if (!f.ids.contains(id)) {
            f.ids.add(id);
            f.zh.add(zh);
            f.en.add(en);
        }
    }

    private record Deals(
            List<String> targets, List<String> rounds, List<Integer> earliest, List<String> zh, List<String> en) {}

    private Deals deals(int v, Rand r, boolean hub, int[] themes, List<String> stages) {
        Deals d = new Deals(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        EnterprisePlan ents = world.enterprises;
        int n = hub ? r.between(10, 30) : 1 + r.zipf(6, 1.2, 1);
        int projects = world.projectStage.length;
        for (int k = 0, attempts = 0; k < n && attempts < n * 6; attempts++) {
            if (r.chance(0.25)) {
                int p = r.zipf(projects, 0.8, 3);
                String target = Fmt.id("proj", p);
                if (world.projectStage[p] >= 0 && !d.targets.contains(target)) {
                    d.targets.add(target);
                    d.rounds.add(EnterprisePlan.STAGES[world.projectStage[p]]);
                    d.earliest.add(World.YEAR - 3);
                    k++;
                }
                continue;
            }
            int e = ents.pickInTheme(r.pick(themes), r);
            String target = ents.id(e);
            boolean fits = stages.contains(ents.stageOf(e)) || r.chance(0.3);
            if (fits && !d.targets.contains(target)) {
                d.targets.add(target);
                d.rounds.add(ents.stageOf(e));
                d.earliest.add(Math.min(World.YEAR, Math.max(2016, ents.founded[e] + 1)));
                if (d.zh.size() < 4) {
                    d.zh.add(ents.shortName[e]);
                    d.en.add(ents.en[e]);
                }
                k++;
            }
        }
        return d;
    }
}

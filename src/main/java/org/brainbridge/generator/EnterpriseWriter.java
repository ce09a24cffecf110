package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.Themes.Theme;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Enterprise rows and the relationships an enterprise starts: where it is, its chain segments (those of the
 * technologies it develops), technologies, scenarios, collaborations and supplies.
 */
final class EnterpriseWriter {

    private static final Choice DEVICE_STATUS =
            Choice.of("registered:5", "in_review:2", "innovative_channel:1", "planned:2");

    private final World world;
    private final EnterprisePlan plan;
    private final Output out;

    EnterpriseWriter(World world, Output out) {
        this.world = world;
        this.plan = world.enterprises;
        this.out = out;
    }

    void write() {
        try (Output.NodeFile file = out.nodes(
                NodeKind.ENTERPRISE,
                "short_name",
                "uscc",
                "founded_year",
                "size",
                "stage",
                "qualifications",
                "device_class",
                "registration_status",
                "employees",
                "revenue_wan",
                "website",
                "opted_out")) {
            for (int e = 0; e < plan.count; e++) {
                row(file, e);
            }
        }
    }

    private void row(Output.NodeFile file, int e) {
        Rand r = world.rand(World.ENTERPRISE_ROW, e);
        Theme th = Themes.get(plan.theme[e]);
        String size = plan.sizeOf(e);
        String stage = plan.stageOf(e);
        List<String> quals = qualifications(size, r);
        String cls = th.products().get(r.below(th.products().size())).deviceClass();
        String status = cls.equals("none") ? "not_required" : size.equals("micro") ? "planned" : DEVICE_STATUS.draw(r);
        int[] emp = switch (size) {
            case "large" -> new int[] {500, 5000, 30000, 300000};
            case "medium" -> new int[] {100, 499, 3000, 30000};
            case "small" -> new int[] {20, 99, 150, 3000};
            default -> new int[] {3, 19, 0, 300};
        };
        int employees = r.between(emp[0], emp[1]);
        String revenue = Fmt.money(emp[2] + r.unit() * (emp[3] - emp[2]));
        String website = r.chance(0.6)
                ? "https://www." + plan.brandEn[e].replace(" ", "").toLowerCase(java.util.Locale.ROOT) + ".example.com"
                : "";
        int[] techs = plan.techs(e);
        int[] scenarios = plan.scenarios(e);
        String[] text = description(e, th, techs, scenarios, quals);
        file.row(plan.id(e), plan.zh[e], plan.en[e], text[0], text[1])
                .cell(plan.shortName[e])
                .cell(Checks.uscc(world.regions.place(plan.place[e]).code(), e))
                .cell(plan.founded[e])
                .cell(size)
                .cell(stage)
                .cell(String.join("|", quals))
                .cell(cls)
                .cell(status)
                .cell(employees)
                .cell(revenue)
                .cell(website)
                .cell(Matchmaking.optedOut(world, e))
                .end();
        edges(e, r, techs, scenarios);
    }

    private List<String> qualifications(String size, Rand r) {
        List<String> q = new ArrayList<>();
        switch (size) {
            case "large" -> {
                q.addAll(List.of("high_tech", "specialised", "little_giant"));
                if (r.chance(0.5)) {
                    q.add("gazelle");
                }
            }
            case "medium" -> {
                q.addAll(List.of("high_tech", "specialised"));
                if (r.chance(0.4)) {
                    q.add(r.chance(0.5) ? "gazelle" : "little_giant");
                }
            }
            case "small" -> {
                q.add("tech_sme");
                if (r.chance(0.5)) {
                    q.add("high_tech");
                }
                if (r.chance(0.25)) {
                    q.add("high_growth");
                }
            }
            default -> {
                if (r.chance(0.6)) {
                    q.add("tech_sme");
                }
            }
        }
        return q;
    }

    private String[] description(int e, Theme th, int[] techs, int[] scenarios, List<String> quals) {
        Words w = new Words(world);
        StringBuilder zh = new StringBuilder(160)
                .append(plan.zh[e])
                .append("（简称“")
                .append(plan.shortName[e])
                .append("”）成立于")
                .append(plan.founded[e])
                .append("年，位于")
                .append(world.regions.zh(plan.place[e]))
                .append("，专注于")
                .append(th.zh())
                .append("，核心技术包括")
                .append(Fmt.zhList(w.techsZh(techs)))
                .append("。产品面向")
                .append(Fmt.zhList(w.scenariosZh(scenarios)))
                .append("等应用场景。");
        StringBuilder en = new StringBuilder(240)
                .append(plan.en[e])
                .append(" (")
                .append(plan.brandEn[e])
                .append("), founded in ")
                .append(plan.founded[e])
                .append(" in ")
                .append(world.regions.en(plan.place[e]))
                .append(", works on ")
                .append(th.en())
                .append(" (brain-computer interface). Core technologies: ")
                .append(Fmt.enList(w.techsEn(techs)))
                .append(". Target scenarios: ")
                .append(Fmt.enList(w.scenariosEn(scenarios)))
                .append('.');
        if (!quals.isEmpty()) {
            zh.append("公司为")
                    .append(Fmt.zhList(quals.stream()
                            .map(q -> Labels.zh("qualifications", q))
                            .toList()))
                    .append("。");
            en.append(" Recognised as ")
                    .append(Fmt.enList(quals.stream()
                            .map(q -> Fmt.lower(Labels.en("qualifications", q)))
                            .toList()))
                    .append('.');
        }
        return Misspell.descriptions(world, World.ENTERPRISE, e, zh.toString(), en.toString());
    }

    private void edges(int e, Rand r, int[] techs, int[] scenarios) {
        String id = plan.id(e);
        Edges.locatedIn(world, out, id, plan.place[e], r);
        List<Integer> segments = new ArrayList<>(List.of((int) plan.segment[e]));
        int maxSegments = World.hub(e, plan.count) ? 3 : 2;
        for (int t : techs) {
            int s = world.catalog.segmentOf(t);
            if (s >= 0 && !segments.contains(s) && segments.size() < maxSegments) {
                segments.add(s);
            }
        }
        segments.forEach(s -> out.edge(RelType.IN_SEGMENT, id, world.catalog.segmentId(s)));
        for (int t : techs) {
            out.edge(RelType.DEVELOPS, id, world.techs.id.get(t));
        }
        for (int s : scenarios) {
            out.edge(RelType.SERVES, id, world.scenarios.id(s));
        }
        new Partnerships(world, out).forEnterprise(e, r, techs, scenarios);
    }
}

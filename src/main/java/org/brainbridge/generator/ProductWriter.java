package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainbridge.generator.Themes.Item;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Products: made by an enterprise drawn by rank (the hubs have whole product lines), from its line of business's
 * templates, with a model number; built on technologies the maker develops, serving scenarios the maker serves;
 * regulated devices go through registration, clinical trials at hospitals and ethics review.
 */
final class ProductWriter {

    private static final Choice CLASS_I = Choice.of("registered:7", "planned:3");
    private static final Choice CLASS_II =
            Choice.of("registered:5", "in_review:2", "planned:2", "innovative_channel:1");
    private static final Choice CLASS_III = Choice.of("innovative_channel:4", "in_review:2", "planned:4");
    private static final List<String> TRIAL_PHASES = List.of("feasibility", "pivotal", "completed", "post_market");

    private final World world;
    private final Output out;

    ProductWriter(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void write() {
        EnterprisePlan ents = world.enterprises;
        int[] made = new int[ents.count];
        int count = world.count(NodeKind.PRODUCT);
        try (Output.NodeFile file = out.nodes(
                NodeKind.PRODUCT,
                "device_class",
                "registration_status",
                "clinical_trial_phase",
                "ethics_review",
                "launch_year")) {
            for (int p = 0; p < count; p++) {
                Rand r = world.rand(World.PRODUCT, p);
                int maker = ents.pick(r);
                row(file, p, maker, ++made[maker], r);
            }
        }
    }

    private void row(Output.NodeFile file, int p, int maker, int k, Rand r) {
        EnterprisePlan ents = world.enterprises;
        List<Item> templates = Themes.get(ents.theme[maker]).products();
        Item tpl = templates.get((k - 1) % templates.size());
        StringBuilder initials = new StringBuilder();
        for (String word : ents.brandEn[maker].split(" ")) {
            initials.append(word.charAt(0));
        }
        String model = initials + "-" + (100 * k + 10 * r.between(0, 9));
        String name = Misspell.name(world, World.PRODUCT, p, ents.brand[maker] + tpl.zh() + " " + model);
        String nameEn = ents.brandEn[maker] + " " + tpl.en() + " " + model;
        String cls = tpl.deviceClass();
        String status = switch (cls) {
            case "none" -> "not_required";
            case "class_i" -> CLASS_I.draw(r);
            case "class_ii" -> CLASS_II.draw(r);
            default -> CLASS_III.draw(r);
        };
        String phase = phase(cls, status, r);
        String ethics = switch (phase) {
            case "none" -> "not_required";
            case "preclinical" -> r.chance(0.5) ? "not_required" : "pending";
            case "feasibility", "pivotal" -> r.chance(0.85) ? "approved" : "pending";
            default -> "approved";
        };
        boolean launched = status.equals("registered") || (status.equals("not_required") && r.chance(0.85));
        int from = Math.max(ents.founded[maker] + 1, 2016);
        String launch = launched && from <= World.YEAR ? Integer.toString(r.between(from, World.YEAR)) : "";
        int[] makerScenarios = ents.scenarios(maker);
        int[] serves = r.distinct(makerScenarios, r.between(1, 2), 0.5, 1);
        Set<Integer> uses = new LinkedHashSet<>();
        for (int t : r.distinct(ents.techs(maker), r.between(1, 2), 0.5, 1)) {
            uses.add(t);
        }
        for (int s : serves) {
            int t = world.scenarios.tech(s, r);
            if (t >= 0) {
                uses.add(t);
            }
        }
        int[] techs = uses.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> sites = new ArrayList<>();
        if (TRIAL_PHASES.contains(phase)) {
            int n = r.between(1, 3);
            for (int a = 0; sites.size() < n && a < n * 4; a++) {
                int site = world.institutions.pick(InstitutionPlan.HOSP, r);
                if (!sites.contains(site)) {
                    sites.add(site);
                }
            }
        }
        String[] text = description(p, maker, name, nameEn, techs, serves, cls, status, sites);
        String id = Fmt.id("prod", p);
        file.row(id, name, nameEn, text[0], text[1])
                .cell(cls)
                .cell(status)
                .cell(phase)
                .cell(ethics)
                .cell(launch)
                .end();
        out.edge(RelType.MAKES, ents.id(maker), id);
        int segment = r.chance(0.85) ? ents.segment[maker] : r.pick(world.catalog.themeSegments[ents.theme[maker]]);
        out.edge(RelType.IN_SEGMENT, id, world.catalog.segmentId(segment));
        for (int s : serves) {
            out.edge(RelType.SERVES, id, world.scenarios.id(s));
        }
        for (int t : techs) {
            out.edge(RelType.USES_TECHNOLOGY, id, world.techs.id.get(t));
        }
        for (int site : sites) {
            out.edge(RelType.TRIALS_AT, id, world.institutions.id(site));
        }
    }

    private static String phase(String cls, String status, Rand r) {
        if (cls.equals("none") || cls.equals("class_i")) {
            return "none";
        }
        return switch (status) {
            case "registered" -> r.chance(0.5) ? "completed" : "post_market";
            case "in_review" -> "completed";
            case "innovative_channel" -> r.chance(0.33) ? "feasibility" : "pivotal";
            default ->
                cls.equals("class_iii")
                        ? (r.chance(0.67) ? "preclinical" : "feasibility")
                        : (r.chance(0.5) ? "preclinical" : "feasibility");
        };
    }

    private String[] description(
            int p,
            int maker,
            String name,
            String nameEn,
            int[] techs,
            int[] serves,
            String cls,
            String status,
            List<Integer> sites) {
        Words w = new Words(world);
        EnterprisePlan ents = world.enterprises;
        StringBuilder zh = new StringBuilder(120)
                .append(name)
                .append("由")
                .append(ents.zh[maker])
                .append("研制，基于")
                .append(Fmt.zhList(w.techsZh(techs)))
                .append("，用于")
                .append(Fmt.zhList(w.scenariosZh(serves)))
                .append("。产品属于")
                .append(Labels.zh("device_class", cls));
        StringBuilder en = new StringBuilder(200)
                .append(nameEn)
                .append(" by ")
                .append(ents.en[maker])
                .append(", built on ")
                .append(Fmt.enList(w.techsEn(techs)))
                .append(", for ")
                .append(Fmt.enList(w.scenariosEn(serves)))
                .append(". ")
                .append(Labels.en("device_class", cls));
        if (!cls.equals("none")) {
            zh.append("，").append(Labels.zh("registration_status", status));
            en.append("; registration: ").append(Fmt.lower(Labels.en("registration_status", status)));
        }
        zh.append("。");
        en.append('.');
        if (!sites.isEmpty()) {
            zh.append("已在")
                    .append(Fmt.zhList(
                            sites.stream().map(s -> world.institutions.zh[s]).toList()))
                    .append("开展临床试验。");
            en.append(" Clinical trials at ")
                    .append(Fmt.enList(
                            sites.stream().map(s -> world.institutions.en[s]).toList()))
                    .append('.');
        }
        return Misspell.descriptions(world, World.PRODUCT, p, zh.toString(), en.toString());
    }
}

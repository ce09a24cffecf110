package org.brainbridge.generator;

import org.brainbridge.generator.Themes.Item;
import org.brainbridge.generator.Themes.Theme;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Patents and software copyrights, owned by an enterprise (65 %) or a university or hospital drawn by rank, on the
 * owner's line of business: patent-style titles ("一种面向…的…方法"), visibly fictional numbers (CN2024FAKE0000042A),
 * IPC classes of the theme; some granted ones are open to licence, and some of those licensed to an enterprise.
 */
final class PatentWriter {

    private static final Choice SOFTWARE_TYPES = Choice.of("invention:6", "software_copyright:4");
    private static final Choice DEVICE_TYPES = Choice.of("invention:6", "utility_model:3", "design:1");
    private static final Choice RECENT = Choice.of("granted:8", "pending:2", "lapsed:1");
    private static final Choice OLD = Choice.of("granted:5", "lapsed:3", "expired:2");
    private static final Choice MIDDLE = Choice.of("granted:9", "lapsed:1");

    private final World world;
    private final Output out;

    PatentWriter(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void write() {
        int count = world.count(NodeKind.PATENT);
        try (Output.NodeFile file = out.nodes(
                NodeKind.PATENT, "number", "patent_type", "ipc", "legal_status", "filing_year", "licensable")) {
            for (int p = 0; p < count; p++) {
                row(file, p);
            }
        }
    }

    private void row(Output.NodeFile file, int p) {
        Rand r = world.rand(World.PATENT, p);
        EnterprisePlan ents = world.enterprises;
        boolean byInstitution = r.chance(0.35);
        int org = byInstitution
                ? ents.count + world.institutions.pick(r.chance(0.8) ? InstitutionPlan.UNIV : InstitutionPlan.HOSP, r)
                : ents.pick(r);
        int theme = byInstitution ? r.pick(world.institutions.themes(org - ents.count)) : ents.theme[org];
        Theme th = Themes.get(theme);
        String type =
                th.key().equals("algorithm") || th.key().equals("data") ? SOFTWARE_TYPES.draw(r) : DEVICE_TYPES.draw(r);
        int founded = byInstitution ? 2010 : ents.founded[org];
        int year = r.between(Math.min(World.YEAR, Math.max(2014, founded)), World.YEAR);
        Item object = r.pick(th.inventions());
        int scenario = r.chance(0.6) ? world.scenarios.pick(theme, r) : -1;
        String[] title = title(type, object, scenario, org, th, r);
        String legal = switch (type) {
            case "invention" -> year >= World.YEAR - 1 ? "pending" : RECENT.draw(r);
            case "software_copyright" -> "granted";
            default -> year >= World.YEAR ? "pending" : year <= 2016 ? OLD.draw(r) : MIDDLE.draw(r);
        };
        String kind = switch (type) {
            case "invention" -> legal.equals("pending") ? "A" : "B";
            case "utility_model" -> "U";
            case "design" -> "S";
            default -> "R";
        };
        String seq = Integer.toString(p + 1);
        String number = "CN" + year + "FAKE" + "0000000".substring(seq.length()) + seq + kind;
        String ipc = type.equals("invention") || type.equals("utility_model")
                ? String.join("|", th.ipc().subList(0, r.between(1, 3)))
                : "";
        boolean licensable = legal.equals("granted") && r.chance(byInstitution ? 0.7 : 0.2);
        int[] covers = world.catalog.themeTechs(theme, r.between(1, 3), r);
        int licensee = -1;
        if (licensable && r.chance(0.55)) {
            int e = ents.pickInTheme(theme, r);
            licensee = e == org ? -1 : e;
        }
        Words w = new Words(world);
        String ownerZh = Edges.organisationZh(world, org);
        String ownerEn = Edges.organisationEn(world, org);
        String zh =
                ownerZh + "于" + year + "年申请的" + Labels.zh("patent_type", type) + "，涉及" + Fmt.zhList(w.techsZh(covers))
                        + "，适用于" + th.zh() + "。"
                        + (licensee >= 0 ? "已许可给" + ents.zh[licensee] + "实施。" : licensable ? "可对外许可。" : "");
        String en = Labels.en("patent_type", type) + " filed in " + year + " by " + ownerEn + ", covering "
                + Fmt.enList(w.techsEn(covers)) + " for " + th.en() + "."
                + (licensee >= 0 ? " Licensed to " + ents.en[licensee] + "." : licensable ? " Open to licensing." : "");
        String[] text = Misspell.descriptions(world, World.PATENT, p, zh, en);
        String id = Fmt.id("pat", p);
        file.row(id, title[0], title[1], text[0], text[1])
                .cell(number)
                .cell(type)
                .cell(ipc)
                .cell(legal)
                .cell(year)
                .cell(licensable)
                .end();
        out.edge(RelType.OWNS, Edges.organisation(world, org), id);
        for (int t : covers) {
            out.edge(RelType.COVERS, id, world.techs.id.get(t));
        }
        if (licensee >= 0) {
            out.edge(RelType.LICENSED_TO, id, ents.id(licensee));
        }
    }

    /** Chinese patent-style titles and English ones, optionally for a target scenario. */
    private String[] title(String type, Item object, int scenario, int org, Theme th, Rand r) {
        String thing = cut(object.zh(), "及其制备方法", "方法及系统", "方法");
        String forZh =
                scenario < 0 ? "" : (type.equals("invention") ? "面向" : "用于") + world.scenarios.zh[scenario] + "的";
        String forEn = scenario < 0 ? "" : " for " + Fmt.lower(world.scenarios.en[scenario]);
        return switch (type) {
            case "invention" -> new String[] {"一种" + forZh + object.zh(), Fmt.upper(object.en()) + forEn};
            case "utility_model" ->
                new String[] {
                    "一种" + forZh + thing
                            + (endsWithAny(thing, "装置", "结构", "系统", "设备", "电极", "阵列", "布局", "电路") ? "" : "装置"),
                    cut(Fmt.upper(object.en()), " method and system", " method") + (isMethod(object) ? " device" : "")
                            + forEn + " (utility model)"
                };
            case "design" -> {
                Item product = r.pick(th.products());
                yield new String[] {product.zh() + "（外观设计）", "Design of a " + product.en()};
            }
            default -> {
                String owner = org < world.enterprises.count
                        ? world.enterprises.brand[org]
                        : world.institutions.shortName[org - world.enterprises.count];
                yield new String[] {
                    owner + cut(thing, "装置", "结构") + "软件V" + r.between(1, 3) + ".0",
                    cut(Fmt.upper(object.en()), " method and system", " method") + " software"
                };
            }
        };
    }

    /** The text without the first of the endings it ends with. */
    private static String cut(String text, String... endings) {
        for (String e : endings) {
            if (text.endsWith(e)) {
                return text.substring(0, text.length() - e.length());
            }
        }
        return text;
    }

    private static boolean endsWithAny(String text, String... endings) {
        for (String e : endings) {
            if (text.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMethod(Item object) {
        return object.en().endsWith(" method") || object.en().endsWith(" method and system");
    }
}

package org.brainbridge.generator;

/**
 * Investor names: guidance funds after their place and topic, with a phase when the name is taken
 * ("青山湖区脑机接口产业引导基金（二期）"); the others after a brand and their legal form.
 */
final class InvestorNames {

    private InvestorNames() {}

    private static final String PHASES = "二三四五六七八九";

    /** {name, English name, short name}. */
    static String[] name(World world, int v, String type, int place, String[] profile, Rand r) {
        if (type.equals("government_fund")) {
            Taxonomy.Region region = world.regions.place(place);
            String[] topic = InstitutionPlan.TOPICS[r.zipf(InstitutionPlan.TOPICS.length, 0.6, 2)];
            String base = region.name() + topic[0] + profile[4];
            String baseEn = region.nameEn() + " " + topic[1] + " " + profile[5];
            String shortName = region.name()
                            .substring(
                                    0, region.name().length() - (region.name().matches(".*[市区县]$") ? 1 : 0))
                    + topic[0] + "基金";
            for (int phase = 0; ; phase++) {
                String suffix = phase == 0
                        ? ""
                        : phase <= PHASES.length() ? "（" + PHASES.charAt(phase - 1) + "期）" : "（" + (phase + 1) + "期）";
                String suffixEn = phase == 0 ? "" : " (phase " + (phase + 1) + ")";
                if (world.claim(base + suffix)) {
                    return new String[] {
                        Misspell.name(world, World.INVESTOR, v, base + suffix), baseEn + suffixEn, shortName
                    };
                }
            }
        }
        String[][] syllables = Lexicon.syllables(world.regions.city(place).code());
        for (int attempt = 0; ; attempt++) {
            String[] syl = r.pick(syllables);
            String[] a = r.pick(Lexicon.CORE_FIRST);
            String[] b = attempt < 10 ? new String[] {"", ""} : r.pick(Lexicon.CORE_SECOND);
            String brand = syl[0] + a[0] + b[0];
            String name = brand + profile[4];
            if (world.claim(name)) {
                String brandEn = syl[1] + " " + Lexicon.capitalise(a[1] + b[1]);
                return new String[] {
                    Misspell.name(world, World.INVESTOR, v, name), brandEn + " " + profile[5], brand + shortForm(type)
                };
            }
        }
    }

    private static String shortForm(String type) {
        return switch (type) {
            case "state_capital" -> "科创投";
            case "vc" -> "创投";
            case "pe" -> "医疗基金";
            case "corporate_vc" -> "产业资本";
            case "angel" -> "天使";
            default -> "科创银行";
        };
    }
}

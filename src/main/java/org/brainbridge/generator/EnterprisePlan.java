package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.Themes.Theme;
import org.brainbridge.graph.model.NodeKind;

/**
 * Enterprises, planned before anything is written: theme, place, size and names, which later kinds need (a
 * product names its maker, a talent works somewhere). Rank is the index: the first percent are the hubs (large,
 * in Nanchang and the Ganjiang New Area, developing more technologies), and every kind that links to enterprises
 * draws them with a Zipf law over the index, so the hubs collect most links (preferential attachment by rank).
 */
final class EnterprisePlan {

    static final String[] SIZES = {"micro", "small", "medium", "large"};
    static final String[] STAGES = {
        "seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo", "listed", "mature"
    };
    private static final Choice OTHER_SIZE = Choice.of("micro:35", "small:50", "medium:14", "large:1");
    private static final Choice LARGE_STAGE = Choice.of("listed:3", "pre_ipo:2", "mature:1");
    private static final Choice MEDIUM_STAGE = Choice.of("series_b:3", "series_c_plus:3", "pre_ipo:1");
    private static final Choice SMALL_STAGE = Choice.of("angel:3", "series_a:4", "series_b:2");
    private static final Choice MICRO_STAGE = Choice.of("seed:1", "angel:1");

    final int count;
    final byte[] theme;
    final int[] place;
    final byte[] size;
    final short[] founded;
    final byte[] stage;
    final byte[] segment;
    final String[] zh;
    final String[] en;
    final String[] shortName;
    final String[] brand;
    final String[] brandEn;
    /** Enterprise indices per theme, in index (rank) order. */
    final int[][] byTheme = new int[Themes.ALL.size()][];

    private final World world;
    /** Technologies and scenarios of planted enterprises (see {@link Plants}), replacing the drawn ones. */
    private final java.util.Map<Integer, int[]> plantedTechs = new java.util.HashMap<>();

    private final java.util.Map<Integer, int[]> plantedScenarios = new java.util.HashMap<>();

    EnterprisePlan(World world) {
        this.world = world;
        count = world.count(NodeKind.ENTERPRISE);
        theme = new byte[count];
        place = new int[count];
        size = new byte[count];
        founded = new short[count];
        stage = new byte[count];
        segment = new byte[count];
        zh = new String[count];
        en = new String[count];
        shortName = new String[count];
        brand = new String[count];
        brandEn = new String[count];
        int large = Math.max(2, count / 250);
        int medium = Math.max(6, count / 25);
        for (int e = 0; e < count; e++) {
            Rand r = world.rand(World.ENTERPRISE, e);
            theme[e] = (byte) (e < Themes.HUBS.size() ? Themes.index(Themes.HUBS.get(e)) : r.weighted(Themes.WEIGHTS));
            place[e] = World.hub(e, count) && r.chance(0.85) ? world.regions.pickCore(r) : world.regions.pick(r);
            String s = e < large ? "large" : e < medium ? (r.chance(0.9) ? "medium" : "large") : OTHER_SIZE.draw(r);
            size[e] = (byte) java.util.Arrays.asList(SIZES).indexOf(s);
            founded[e] = (short)
                    switch (s) {
                        case "large" -> r.between(2000, 2015);
                        case "medium" -> r.between(2008, 2020);
                        case "small" -> r.between(2014, 2023);
                        default -> r.between(2018, 2025);
                    };
            Choice stages = switch (s) {
                case "large" -> LARGE_STAGE;
                case "medium" -> MEDIUM_STAGE;
                case "small" -> SMALL_STAGE;
                default -> MICRO_STAGE;
            };
            stage[e] = (byte) java.util.Arrays.asList(STAGES).indexOf(stages.draw(r));
            name(e, r);
            int[] techs = techs(e);
            int seg = techs.length == 0 ? -1 : world.catalog.segmentOf(techs[0]);
            segment[e] = (byte) (seg >= 0 ? seg : world.catalog.themeSegments[theme[e]][0]);
        }
        for (int t = 0; t < byTheme.length; t++) {
            List<Integer> list = new ArrayList<>();
            for (int e = 0; e < count; e++) {
                if (theme[e] == t) {
                    list.add(e);
                }
            }
            byTheme[t] = list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Brand = a syllable of the city + a two-character core; the registered name adds industry and legal form. */
    private void name(int e, Rand r) {
        Theme th = Themes.get(theme[e]);
        String[][] syllables = Lexicon.syllables(world.regions.city(place[e]).code());
        String form = "large".equals(SIZES[size[e]]) ? "股份有限公司" : "有限公司";
        for (int attempt = 0; ; attempt++) {
            String[] syl = r.pick(syllables);
            String[] a = r.pick(Lexicon.CORE_FIRST);
            String[] b = r.pick(Lexicon.CORE_SECOND);
            // After many collisions (the big cities at a million nodes), a third character widens the space.
            String[] c = attempt < 20 ? new String[] {"", ""} : r.pick(Lexicon.CORE_SECOND);
            if (a[0].equals(b[0])) {
                continue;
            }
            String brand = syl[0] + a[0] + b[0] + c[0];
            String name = brand + th.industryZh() + form;
            if (world.claim(name)) {
                String core = Lexicon.capitalise(a[1] + b[1] + c[1]);
                zh[e] = Misspell.name(world, World.ENTERPRISE, e, name);
                this.brand[e] = brand;
                brandEn[e] = syl[1] + " " + core;
                en[e] = brandEn[e] + " " + th.industryEn() + " Co., Ltd.";
                shortName[e] = (r.chance(0.3) ? a[0] + b[0] + c[0] : brand) + th.shortSuffix();
                return;
            }
        }
    }

    String id(int e) {
        return Fmt.id("ent", e);
    }

    String sizeOf(int e) {
        return SIZES[size[e]];
    }

    String stageOf(int e) {
        return STAGES[stage[e]];
    }

    int tier(int e) {
        return world.catalog.tier(segment[e]);
    }

    /**
     * Gives a planted enterprise these technologies and scenarios instead of drawn ones; its main chain segment follows
     * its first technology. Only before writing starts: the plan is read-only afterwards.
     */
    void plant(int e, int[] techs, int[] scenarios) {
        plantedTechs.put(e, techs.clone());
        plantedScenarios.put(e, scenarios.clone());
        int seg = techs.length == 0 ? -1 : world.catalog.segmentOf(techs[0]);
        if (seg >= 0) {
            segment[e] = (byte) seg;
        }
    }

    /** The technologies the enterprise develops: hubs more, drawn with a Zipf law from its theme's list. */
    int[] techs(int e) {
        int[] planted = plantedTechs.get(e);
        if (planted != null) {
            return planted.clone();
        }
        Rand r = world.rand(World.ENTERPRISE_TECHS, e);
        int k = World.hub(e, count) ? r.between(4, 8) : r.between(1, 3);
        return world.catalog.themeTechs(theme[e], k, r);
    }

    /** The scenarios the enterprise serves, among its theme's. */
    int[] scenarios(int e) {
        int[] planted = plantedScenarios.get(e);
        if (planted != null) {
            return planted.clone();
        }
        Rand r = world.rand(World.ENTERPRISE_SCENARIOS, e);
        int k = World.hub(e, count) ? r.between(3, 6) : r.between(1, 2);
        return r.distinct(world.scenarios.byTheme[theme[e]], k, 0.9, 2);
    }

    /** An enterprise drawn by rank (hubs most often). */
    int pick(Rand r) {
        return r.zipf(count, 0.9, 2);
    }

    /** An enterprise of the theme, drawn by rank within it; any enterprise if the theme has none. */
    int pickInTheme(int t, Rand r) {
        return byTheme[t].length == 0 ? pick(r) : r.zipfOf(byTheme[t], 0.85, 2);
    }
}

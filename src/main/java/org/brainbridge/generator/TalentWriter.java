package org.brainbridge.generator;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.brainbridge.generator.Roles.Role;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Talents: fictional people with masked-style personal data (phones counting up from 19900000000, e-mails at
 * example.com, ID numbers in the non-existent division 999999 with a valid check digit). Each works at an
 * organisation drawn by rank (hubs employ most), in a role fitting the organisation, with skills of the role and
 * technologies of the employer's line of business. Records, per organisation, who could lead its projects.
 */
final class TalentWriter {

    private static final int MIN_BIRTH_YEAR = 1930;

    private final World world;
    private final Output out;
    private final int organisations;
    /** Cumulative role weights per organisation type (ent, univ, hosp, plat) and theme. */
    private final double[][][] roleWeights = new double[4][Themes.ALL.size()][];

    /** Skill terms of each role, in the order of {@link Roles#ALL}. */
    private final int[][] roleSkills;

    private final int[] perBirthDate = new int[(World.YEAR - MIN_BIRTH_YEAR + 1) * 372];

    TalentWriter(World world, Output out) {
        this.world = world;
        this.out = out;
        this.organisations = world.enterprises.count + world.institutions.count;
        String[] orgKeys = {"ent", "univ", "hosp", "plat"};
        for (int o = 0; o < 4; o++) {
            for (int t = 0; t < Themes.ALL.size(); t++) {
                String key = Themes.get(t).key();
                double[] w = new double[Roles.ALL.size()];
                for (int k = 0; k < w.length; k++) {
                    Role role = Roles.ALL.get(k);
                    w[k] = !role.org().equals(orgKeys[o])
                            ? 0
                            : role.themes().isEmpty()
                                    ? (role.role().equals("首席技术官") ? 0.4 : 1)
                                    : role.themes().contains(key) ? 3 : 0.15;
                }
                roleWeights[o][t] = Rand.cumulative(w);
            }
        }
        roleSkills =
                Roles.ALL.stream().map(r -> world.catalog.skills(r.skillKw())).toArray(int[][]::new);
        world.leaders = new int[organisations * 4];
        Arrays.fill(world.leaders, -1);
    }

    void write() {
        int count = world.count(NodeKind.TALENT);
        try (Output.NodeFile file = out.nodes(
                NodeKind.TALENT,
                "headline",
                "field",
                "degree",
                "title",
                "years_experience",
                "consent_to_match",
                "opted_out",
                "phone",
                "email",
                "id_number",
                "birth_date")) {
            for (int t = 0; t < count; t++) {
                row(file, t);
            }
        }
    }

    /** An employer: an enterprise (70 %) or an institution, by rank; as an index into enterprises then institutions. */
    int employer(Rand r) {
        return r.chance(0.7) ? world.enterprises.pick(r) : world.enterprises.count + world.institutions.pick(r);
    }

    private void row(Output.NodeFile file, int t) {
        Rand r = world.rand(World.TALENT, t);
        Plants.TalentPlant plant = world.plants.talents.get(t);
        int org = plant != null ? plant.org() : employer(r);
        int orgType = org < world.enterprises.count ? 0 : 1 + world.institutions.org[org - world.enterprises.count];
        int theme = Edges.organisationTheme(world, org);
        int roleIndex = plant != null ? plant.role() : r.weighted(roleWeights[orgType][theme]);
        Role role = Roles.ALL.get(roleIndex);
        String[] surname = Lexicon.SURNAMES[r.weighted(Lexicon.SURNAME_WEIGHTS)];
        String[] g1 = r.pick(Lexicon.GIVEN);
        String[] g2 = r.chance(0.7) ? r.pick(Lexicon.GIVEN) : new String[] {"", ""};
        String name = surname[0] + g1[0] + g2[0];
        String degree = plant != null ? plant.degree() : r.pick(role.degrees());
        int years = plant != null ? plant.years() : r.between(role.minYears(), role.maxYears());
        int age = 22 + years + (degree.equals("phd") ? 5 : degree.equals("master") ? 2 : 0) + r.between(0, 3);
        int year = Math.max(MIN_BIRTH_YEAR, World.YEAR - age);
        int month = r.between(1, 12);
        int day = r.between(1, 28);
        int seq = perBirthDate[(year - MIN_BIRTH_YEAR) * 372 + month * 31 + day]++ % 1000;
        double u = r.unit();
        boolean optedOut = plant == null && u < 0.05;
        boolean consent = plant != null ? plant.consent() : u >= 0.15;
        String id = Fmt.id("tal", t);
        int[] skills = plant != null ? plant.skills() : skills(roleIndex, theme, r);
        String[] text = description(t, role, degree, years, skills, org);
        file.row(id, name, "", text[0], text[1])
                .cell(role.headline())
                .cell(role.field())
                .cell(degree)
                .cell(role.title())
                .cell(years)
                .cell(consent)
                .cell(optedOut)
                .cell(Long.toString(19_900_000_000L + t))
                .cell(surname[1] + "." + g1[1] + g2[1] + (t + 1) + "@example.com")
                .cell(Checks.idNumber(year, month, day, seq))
                .cell(Fmt.date(year, month, day))
                .end();
        Edges.locatedIn(world, out, id, Edges.organisationPlace(world, org), r);
        if (plant == null) {
            // A planted talent's records would contradict what was planted for it.
            Matchmaking.forTalent(world, out, id, t);
        }
        out.edge(RelType.WORKS_AT, id, Edges.organisation(world, org), role.role(), true);
        if (plant == null && r.chance(0.18)) {
            int previous = employer(r);
            if (previous != org) {
                out.edge(RelType.WORKS_AT, id, Edges.organisation(world, previous), role.role(), false);
            }
        }
        for (int s : skills) {
            int level = Math.max(1, Math.min(5, 1 + years / 5 + r.between(-1, 1)));
            out.edge(RelType.HAS_SKILL, id, world.techs.id.get(s), level);
        }
        remember(org, t, Roles.SENIOR.contains(role.title()));
    }

    private int[] skills(int role, int theme, Rand r) {
        Set<Integer> skills = new LinkedHashSet<>();
        for (int s : r.distinct(roleSkills[role], r.between(1, 3), 0.8, 1)) {
            skills.add(s);
        }
        for (int s : world.catalog.themeTechs(theme, r.between(1, 2), r)) {
            skills.add(s);
        }
        return skills.stream().mapToInt(Integer::intValue).toArray();
    }

    private String[] description(int t, Role role, String degree, int years, int[] skills, int org) {
        Words w = new Words(world);
        String zh = role.headline() + "，" + Labels.zh("degree", degree) + "学历，从事" + role.field() + "相关工作" + years
                + "年，擅长" + Fmt.zhList(w.techsZh(skills)) + "。现任职于" + Edges.organisationZh(world, org) + "。";
        String en = Fmt.upper(role.headlineEn()) + " with " + years + " years of experience; skills: "
                + Fmt.enList(w.techsEn(skills)) + ". Currently at " + Edges.organisationEn(world, org) + ".";
        return Misspell.descriptions(world, World.TALENT, t, zh, en);
    }

    /** Slots 0-2 keep senior staff, slot 3 anyone: a project's leader is drawn from them. */
    private void remember(int org, int talent, boolean senior) {
        int base = org * 4;
        int[] leaders = world.leaders;
        for (int k = senior ? 0 : 3; k < 4; k++) {
            if (leaders[base + k] < 0) {
                leaders[base + k] = talent;
                return;
            }
        }
    }
}

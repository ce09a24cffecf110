package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/**
 * Planted matchmaking cases: for each journey a number of sources whose needs are fitted, on purpose, by a few
 * targets (the true matches) and imitated in words by a few others (the decoys). Planned before anything is written;
 * the writers then give those entities the attributes planned here instead of drawn ones. Which entities are
 * planted is drawn at random among the non-hub ones, so ids, ranks and names say nothing about it.
 *
 * <p>What makes a true match is never the text alone: it uses a narrower term of the source's technology (so its
 * words overlap the source's only in part), serves the same scenario, sits in the right place, stage, ticket or
 * chain tier, has the degree and experience. The decoys use the source's very words (the exact technology, the same
 * job title) but fail those conditions. {@link PlantedJudgments} then grades every candidate in the graph, planted or
 * not, by the same conditions, so a natural entity that happens to fit is judged as such.
 */
final class Plants {

    static final String[] JOURNEYS = {"investor", "partner", "institution", "candidate", "position", "similar"};

    /** A planted source with the entities planted for it; {@code tuning}: in the tuning set, else held out. */
    record Case(String journey, String source, List<String> matches, List<String> decoys, boolean tuning) {}

    record InvestorPlant(int[] focus, List<String> regions) {}

    /** {@code object}, {@code suffix}: indices into the theme's products and the project suffixes, -1 to draw. */
    record ProjectPlant(
            int org,
            int scenario,
            int[] techs,
            String stage,
            long funding,
            List<String> seeks,
            String status,
            int trl,
            int object,
            int suffix) {}

    record InstitutionPlant(int[] techs, int[] scenarios) {}

    record PositionPlant(int org, int type, int[] skills, boolean[] mandatory, String degree, int years) {}

    record TalentPlant(int org, int role, int[] skills, String degree, int years, boolean consent) {}

    private static final int STREAM = 19;
    private static final String[] DEGREES = {"associate", "bachelor", "master", "phd"};

    final List<Case> cases = new ArrayList<>();
    final Map<Integer, InvestorPlant> investors = new HashMap<>();
    final Map<Integer, ProjectPlant> projects = new HashMap<>();
    final Map<Integer, InstitutionPlant> institutions = new HashMap<>();
    final Map<Integer, PositionPlant> positions = new HashMap<>();
    final Map<Integer, TalentPlant> talents = new HashMap<>();

    private final World world;
    private final EnterprisePlan ents;
    private final InstitutionPlan insts;
    private final TechTree techs;
    private final List<List<Integer>> children = new ArrayList<>();
    private final Map<NodeKind, Set<Integer>> used = new HashMap<>();
    /** Enterprises with planted technologies and scenarios (applied to the plan at the end). */
    private final Map<Integer, int[][]> enterprises = new HashMap<>();

    /** No cases at all: for a run that plants nothing. */
    static Plants none(World world) {
        return new Plants(world, false);
    }

    Plants(World world) {
        this(world, true);
    }

    private Plants(World world, boolean plant) {
        this.world = world;
        this.ents = world.enterprises;
        this.insts = world.institutions;
        this.techs = world.techs;
        for (int i = 0; i < techs.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < techs.size(); i++) {
            if (techs.parent.get(i) >= 0) {
                children.get(techs.parent.get(i)).add(i);
            }
        }
        if (!plant) {
            return;
        }
        int investorCases = clamp(Math.min(count(NodeKind.INVESTOR) / 6, count(NodeKind.PROJECT) / 40));
        int similarCases = clamp(count(NodeKind.PROJECT) / 40);
        int partnerCases = clamp(Math.min(count(NodeKind.INSTITUTION) / 14, ents.count / 30));
        int institutionCases = clamp(Math.min(count(NodeKind.INSTITUTION) / 14, ents.count / 40));
        int candidateCases = clamp(Math.min(count(NodeKind.POSITION) / 20, count(NodeKind.TALENT) / 60));
        int positionCases = clamp(Math.min(count(NodeKind.POSITION) / 24, count(NodeKind.TALENT) / 60));
        for (int c = 0; c < investorCases; c++) {
            investorCase(c);
        }
        for (int c = 0; c < partnerCases; c++) {
            partnerCase(c);
        }
        for (int c = 0; c < institutionCases; c++) {
            institutionCase(c);
        }
        for (int c = 0; c < candidateCases; c++) {
            candidateCase(c);
        }
        for (int c = 0; c < positionCases; c++) {
            positionCase(c);
        }
        for (int c = 0; c < similarCases; c++) {
            similarCase(c);
        }
        enterprises.forEach((e, planted) -> ents.plant(e, planted[0], planted[1]));
    }

    private static int clamp(int cases) {
        return Math.max(2, Math.min(30, cases));
    }

    private int count(NodeKind kind) {
        return world.count(kind);
    }

    private Rand rand(int journey, int c) {
        return world.rand(STREAM, journey * 1_000L + c);
    }

    // ---- investor → projects -----------------------------------------------------------------------------------

    /**
     * An investor focused on one technology; true matches are projects using narrower terms of it, at a stage the
     * investor does, asking for an amount within its ticket, run from the city it targets, seeking investment.
     * Decoys use the very technology but fail stage, ticket, place or do not seek money.
     */
    private void investorCase(int c) {
        Rand r = rand(0, c);
        int v = free(NodeKind.INVESTOR, r);
        if (v < 0) {
            return;
        }
        int theme = r.weighted(Themes.WEIGHTS);
        int anchor = anchor(theme, r);
        String[] profile = InvestorWriter.profileOf(world, v);
        List<String> stages = List.of(profile[0].split("\\|"));
        double min = Double.parseDouble(profile[1]);
        double max = Double.parseDouble(profile[2]);
        int home = enterprise(theme, null, r);
        if (home < 0) {
            return;
        }
        String city = cityOf(ents.place[home]);
        investors.put(
                v,
                new InvestorPlant(
                        new int[] {anchor},
                        List.of(world.regions.city(ents.place[home]).id())));
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int p = free(NodeKind.PROJECT, r);
            int org = k == 0 ? home : enterprise(theme, city, r);
            if (p < 0 || org < 0 || !cityOf(ents.place[org]).equals(city)) {
                continue;
            }
            long funding =
                    Math.max((long) min, Math.min((long) max, Math.round((min + (max - min) * r.unit()) / 50) * 50));
            projects.put(
                    p,
                    new ProjectPlant(
                            org,
                            world.scenarios.pick(theme, r),
                            new int[] {narrower(anchor, r), world.catalog.themeTech(ents.theme[org], r)},
                            r.pick(stages),
                            funding,
                            r.chance(0.5) ? List.of("investment") : List.of("investment", "partner"),
                            r.chance(0.7) ? "open" : "in_progress",
                            r.between(4, 7),
                            -1,
                            -1));
            matches.add(Fmt.id("proj", p));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int p = free(NodeKind.PROJECT, r);
            int org = enterpriseOutside(theme, city, r);
            if (p < 0 || org < 0) {
                continue;
            }
            String stage = Arrays.stream(EnterprisePlan.STAGES)
                    .filter(s -> !stages.contains(s) && !s.equals("listed") && !s.equals("mature"))
                    .findFirst()
                    .orElse("mature");
            projects.put(
                    p,
                    new ProjectPlant(
                            org,
                            world.scenarios.pick(theme, r),
                            new int[] {anchor},
                            stage,
                            Math.round(max * (3 + r.unit()) / 50) * 50,
                            k == 0 ? List.of("partner") : List.of("investment", "scenario"),
                            "open",
                            r.between(4, 7),
                            -1,
                            -1));
            decoys.add(Fmt.id("proj", p));
        }
        addCase("investor", Fmt.id("inv", v), matches, decoys);
    }

    // ---- institution → enterprises -----------------------------------------------------------------------------

    /**
     * A lab researching two technologies of one chain tier and serving two scenarios; true matches are enterprises
     * of its line that develop narrower terms of the first and also work one tier along the chain from it, and serve
     * one of its scenarios, in its city where possible. Decoys develop the very technology and serve the same scenario
     * (so their words are the lab's), but work in the same tier only, elsewhere.
     */
    private void partnerCase(int c) {
        Rand r = rand(1, c);
        int i = freeInstitution(r, true);
        if (i < 0) {
            return;
        }
        int theme = insts.mainTheme(i);
        int anchor = anchor(theme, r);
        int second = sameTier(theme, anchor, r);
        int[] scenarios = r.distinct(world.scenarios.byTheme[theme], 2, 0.9, 2);
        institutions.put(i, new InstitutionPlant(distinct(anchor, second), scenarios));
        String city = cityOf(insts.place[i]);
        int neighbour = adjacentTier(theme, anchor, r);
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int e = freeEnterprise(theme, k < 3 ? city : null, i, r);
            if (e < 0) {
                continue;
            }
            int own = r.pick(world.scenarios.byTheme[theme]);
            enterprises.put(e, new int[][] {
                distinct(r.chance(0.25) ? anchor : narrower(anchor, r), neighbour),
                distinct(scenarios[r.below(scenarios.length)], own)
            });
            matches.add(ents.id(e));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int e = freeEnterpriseOutside(city, i, r);
            if (e < 0) {
                continue;
            }
            enterprises.put(e, new int[][] {
                distinct(anchor, sameTier(theme, anchor, r)), new int[] {scenarios[k % scenarios.length]}
            });
            decoys.add(ents.id(e));
        }
        addCase("partner", insts.id(i), matches, decoys);
    }

    // ---- enterprise → institutions -----------------------------------------------------------------------------

    /**
     * An enterprise developing narrow technologies of one chain tier; true matches are institutions researching the
     * broader field of the first and a technology one tier along the chain, serving the enterprise's scenario, in its
     * city where possible. Decoys research the very technology and serve the same scenario (the enterprise's words),
     * but nothing along the chain, elsewhere.
     */
    private void institutionCase(int c) {
        Rand r = rand(2, c);
        int theme = r.weighted(Themes.WEIGHTS);
        int e = freeEnterprise(theme, null, -1, r);
        if (e < 0) {
            return;
        }
        int anchor = anchor(theme, r);
        int narrow = narrower(anchor, r);
        int scenario = r.pick(world.scenarios.byTheme[theme]);
        enterprises.put(e, new int[][] {distinct(narrow, sameTier(theme, narrow, r)), new int[] {scenario}});
        String city = cityOf(ents.place[e]);
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int i = freeInstitutionFor(e, theme, k < 2 ? city : null, r);
            if (i < 0) {
                continue;
            }
            int broader = narrow == anchor || r.chance(0.6) ? anchor : techs.parent.get(narrow);
            institutions.put(
                    i,
                    new InstitutionPlant(
                            distinct(broader, adjacentTier(theme, narrow, r)),
                            distinct(scenario, r.pick(world.scenarios.byTheme[insts.mainTheme(i)]))));
            matches.add(insts.id(i));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int i = freeInstitutionFor(e, -1, null, r);
            if (i >= 0 && !cityOf(insts.place[i]).equals(city)) {
                institutions.put(i, new InstitutionPlant(new int[] {narrow}, new int[] {scenario}));
                decoys.add(insts.id(i));
            }
        }
        addCase("institution", ents.id(e), matches, decoys);
    }

    // ---- position → talent -------------------------------------------------------------------------------------

    /**
     * A position asking for its type's skills (the first mandatory); true matches are consenting talent in the same
     * city with those skills (an optional one as a narrower tool), the degree and the years. Decoys have the same job
     * title but lack the mandatory skill, the degree and the years; one more fits perfectly but has not consented
     * (it must never be proposed).
     */
    private void candidateCase(int c) {
        Rand r = rand(3, c);
        int p = free(NodeKind.POSITION, r);
        int org = enterprise(r.weighted(Themes.WEIGHTS), null, r);
        if (p < 0 || org < 0) {
            return;
        }
        int type = positionType(r);
        PositionWriter.Type t = PositionWriter.TYPES.get(type);
        int[] skills = requiredSkills(t, r);
        boolean[] mandatory = new boolean[skills.length];
        for (int k = 0; k < skills.length; k++) {
            mandatory[k] = k == 0;
        }
        int years = Math.max(1, r.between(t.minYears(), t.maxYears()));
        positions.put(p, new PositionPlant(org, type, skills, mandatory, t.degree(), years));
        String city = cityOf(ents.place[org]);
        int role = roleFor(t, r);
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int tal = free(NodeKind.TALENT, r);
            int employer = enterprise(-1, city, r);
            if (tal < 0 || employer < 0 || employer == org) {
                continue;
            }
            talents.put(
                    tal,
                    new TalentPlant(
                            employer,
                            role,
                            held(skills, mandatory, r),
                            atLeast(t.degree(), r),
                            years + r.between(0, 6),
                            true));
            matches.add(Fmt.id("tal", tal));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int tal = free(NodeKind.TALENT, r);
            int employer = enterprise(-1, city, r);
            if (tal < 0 || employer < 0 || employer == org) {
                continue;
            }
            boolean unwilling = k == 2;
            talents.put(
                    tal,
                    unwilling
                            ? new TalentPlant(employer, role, skills, atLeast(t.degree(), r), years + 2, false)
                            : new TalentPlant(
                                    employer,
                                    role,
                                    lacking(skills, r),
                                    below(t.degree()),
                                    Math.max(0, years - 2),
                                    true));
            decoys.add(Fmt.id("tal", tal));
        }
        addCase("candidate", Fmt.id("pos", p), matches, decoys);
    }

    // ---- talent → positions ------------------------------------------------------------------------------------

    /**
     * A consenting talent with a role's skills (one as a narrower tool); true matches are positions in the same city
     * asking for those skills or their broader terms, no more degree and years than the talent has. Decoys carry
     * the same title but ask for a skill the talent lacks, a doctorate and more years, in another city.
     */
    private void positionCase(int c) {
        Rand r = rand(4, c);
        int tal = free(NodeKind.TALENT, r);
        int org = enterprise(r.weighted(Themes.WEIGHTS), null, r);
        if (tal < 0 || org < 0) {
            return;
        }
        int type = positionType(r);
        PositionWriter.Type t = PositionWriter.TYPES.get(type);
        int[] required = requiredSkills(t, r);
        boolean[] none = new boolean[required.length];
        int[] skills = held(required, none, r);
        String degree = atLeast(t.degree(), r);
        int years = Math.max(t.minYears(), 1) + r.between(1, 8);
        talents.put(tal, new TalentPlant(org, roleFor(t, r), skills, degree, years, true));
        String city = cityOf(ents.place[org]);
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int p = free(NodeKind.POSITION, r);
            int poster = enterprise(-1, city, r);
            if (p < 0 || poster < 0 || poster == org) {
                continue;
            }
            int[] asks = new int[skills.length];
            boolean[] mandatory = new boolean[skills.length];
            for (int k2 = 0; k2 < skills.length; k2++) {
                // The talent's narrower tool covers a broader requirement in part.
                asks[k2] = k2 > 0 && skills[k2] >= techs.curated && r.chance(0.6)
                        ? techs.parent.get(skills[k2])
                        : skills[k2];
                mandatory[k2] = k2 == 0;
            }
            positions.put(
                    p,
                    new PositionPlant(
                            poster,
                            type,
                            distinct(asks),
                            mandatory,
                            atMost(degree, t.degree(), r),
                            Math.max(0, years - r.between(0, 3))));
            matches.add(Fmt.id("pos", p));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int p = free(NodeKind.POSITION, r);
            int poster = enterpriseOutside(-1, city, r);
            if (p < 0 || poster < 0 || poster == org) {
                continue;
            }
            int[] asks = lacking(skills, r);
            boolean[] mandatory = new boolean[asks.length];
            mandatory[0] = true;
            positions.put(p, new PositionPlant(poster, type, asks, mandatory, "phd", years + 4));
            decoys.add(Fmt.id("pos", p));
        }
        addCase("position", Fmt.id("tal", tal), matches, decoys);
    }

    // ---- project → similar projects ----------------------------------------------------------------------------

    /**
     * A project; true matches are projects of other organisations in the same city on the same scenario, at the same
     * stage and maturity, with the same or a neighbouring technology in the taxonomy, named differently. Decoys are
     * named almost like the source (the same scenario, product and suffix) and use the very technology, but are
     * elsewhere, at another stage and maturity.
     */
    private void similarCase(int c) {
        Rand r = rand(5, c);
        int p = free(NodeKind.PROJECT, r);
        int theme = r.weighted(Themes.WEIGHTS);
        int org = enterprise(theme, null, r);
        if (p < 0 || org < 0) {
            return;
        }
        int anchor = anchor(theme, r);
        int narrow = narrower(anchor, r);
        int second = world.catalog.themeTech(theme, r);
        int scenario = world.scenarios.pick(theme, r);
        String stage = r.pick(List.of("angel", "series_a", "series_b"));
        int trl = r.between(3, 7);
        int object = r.below(Themes.get(theme).products().size());
        int suffix = r.below(6);
        long funding = Math.round((300 + 4000 * r.unit()) / 50) * 50;
        projects.put(
                p,
                new ProjectPlant(
                        org,
                        scenario,
                        distinct(narrow, second),
                        stage,
                        funding,
                        List.of("investment", "partner"),
                        "open",
                        trl,
                        object,
                        suffix));
        String city = cityOf(ents.place[org]);
        List<String> matches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int q = free(NodeKind.PROJECT, r);
            int other = enterprise(theme, city, r);
            if (q < 0 || other < 0 || other == org) {
                continue;
            }
            projects.put(
                    q,
                    new ProjectPlant(
                            other,
                            scenario,
                            distinct(neighbourOf(narrow, r), r.chance(0.5) ? second : neighbourOf(second, r)),
                            stage,
                            Math.round(funding * (0.7 + 0.6 * r.unit()) / 50) * 50,
                            r.chance(0.5) ? List.of("investment") : List.of("investment", "partner"),
                            r.chance(0.7) ? "open" : "in_progress",
                            Math.max(1, Math.min(9, trl + r.between(-1, 1))),
                            -1,
                            -1));
            matches.add(Fmt.id("proj", q));
        }
        List<String> decoys = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int q = free(NodeKind.PROJECT, r);
            int other = enterpriseOutside(theme, city, r);
            if (q < 0 || other < 0) {
                continue;
            }
            projects.put(
                    q,
                    new ProjectPlant(
                            other,
                            scenario,
                            new int[] {narrow},
                            stage.equals("series_b") ? "seed" : "pre_ipo",
                            funding * 6,
                            List.of("partner"),
                            "open",
                            trl >= 5 ? trl - 3 : trl + 3,
                            object,
                            suffix));
            decoys.add(Fmt.id("proj", q));
        }
        addCase("similar", Fmt.id("proj", p), matches, decoys);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void addCase(String journey, String source, List<String> matches, List<String> decoys) {
        if (matches.isEmpty()) {
            return;
        }
        long before = cases.stream().filter(k -> k.journey().equals(journey)).count();
        cases.add(new Case(journey, source, List.copyOf(matches), List.copyOf(decoys), before % 2 == 0));
    }

    /** A free (unplanted) non-hub index of the kind, or -1 when none turns up. */
    private int free(NodeKind kind, Rand r) {
        int n = count(kind);
        int hubs = Math.max(6, n / 100);
        if (n <= hubs) {
            return -1;
        }
        Set<Integer> taken = used.computeIfAbsent(kind, k -> new HashSet<>());
        for (int attempt = 0; attempt < 200; attempt++) {
            int i = hubs + r.below(n - hubs);
            if (taken.add(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean claim(NodeKind kind, int i) {
        return used.computeIfAbsent(kind, k -> new HashSet<>()).add(i);
    }

    /**
     * An enterprise (not a hub, not opted out) of the theme (-1: any) in the city (null: any), usable as an organisation:
     * several planted entities may share one, so it is not claimed. -1 if none.
     */
    private int enterprise(int theme, String city, Rand r) {
        int[] pool = theme < 0 ? null : ents.byTheme[theme];
        for (int pass = 0; pass < 2; pass++) {
            for (int attempt = 0; attempt < 400; attempt++) {
                int e = pool != null && pass == 0 ? pool[r.below(pool.length)] : r.below(ents.count);
                if (!World.hub(e, ents.count)
                        && !Matchmaking.optedOut(world, e)
                        && (city == null || cityOf(ents.place[e]).equals(city))) {
                    return e;
                }
            }
        }
        return -1;
    }

    private int enterpriseOutside(int theme, String city, Rand r) {
        for (int attempt = 0; attempt < 400; attempt++) {
            int e = theme >= 0 && attempt < 200
                    ? ents.byTheme[theme][r.below(ents.byTheme[theme].length)]
                    : r.below(ents.count);
            if (!World.hub(e, ents.count)
                    && !Matchmaking.optedOut(world, e)
                    && !cityOf(ents.place[e]).equals(city)) {
                return e;
            }
        }
        return -1;
    }

    /** An enterprise claimed for its technologies and scenarios, of the theme, in the city when possible. */
    private int freeEnterprise(int theme, String city, int institution, Rand r) {
        for (int pass = 0; pass < 3; pass++) {
            for (int attempt = 0; attempt < 300; attempt++) {
                int e = pass < 2 && ents.byTheme[theme].length > 0
                        ? ents.byTheme[theme][r.below(ents.byTheme[theme].length)]
                        : r.below(ents.count);
                if ((pass > 0 || city == null || cityOf(ents.place[e]).equals(city))
                        && !World.hub(e, ents.count)
                        && !Matchmaking.optedOut(world, e)
                        && (institution < 0 || insts.host[institution] != -(e + 2))
                        && claim(NodeKind.ENTERPRISE, e)) {
                    return e;
                }
            }
        }
        return -1;
    }

    private int freeEnterpriseOutside(String city, int institution, Rand r) {
        for (int attempt = 0; attempt < 400; attempt++) {
            int e = r.below(ents.count);
            if (!cityOf(ents.place[e]).equals(city)
                    && !World.hub(e, ents.count)
                    && !Matchmaking.optedOut(world, e)
                    && insts.host[institution] != -(e + 2)
                    && claim(NodeKind.ENTERPRISE, e)) {
                return e;
            }
        }
        return -1;
    }

    /** A research institution (a university lab or a platform, not a hospital) claimed as a source. */
    private int freeInstitution(Rand r, boolean research) {
        int hubs = Math.max(6, insts.count / 100);
        for (int attempt = 0; attempt < 400; attempt++) {
            int i = hubs + r.below(Math.max(1, insts.count - hubs));
            if (i < insts.count
                    && (!research || insts.org[i] != InstitutionPlan.HOSP || attempt > 200)
                    && claim(NodeKind.INSTITUTION, i)) {
                return i;
            }
        }
        return -1;
    }

    /** An institution not hosted by the enterprise, of the theme and in the city where possible, claimed. */
    private int freeInstitutionFor(int e, int theme, String city, Rand r) {
        int hubs = Math.max(6, insts.count / 100);
        for (int pass = 0; pass < 3; pass++) {
            for (int attempt = 0; attempt < 300; attempt++) {
                int i = hubs + r.below(Math.max(1, insts.count - hubs));
                if (i < insts.count
                        && insts.host[i] != -(e + 2)
                        && (pass > 0
                                || theme < 0
                                || Arrays.stream(insts.themes(i)).anyMatch(t -> t == theme))
                        && (pass > 1 || city == null || cityOf(insts.place[i]).equals(city))
                        && claim(NodeKind.INSTITUTION, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private String cityOf(int place) {
        return world.regions.city(place).id();
    }

    /**
     * A technology of the theme in a chain segment, with a few narrower terms below it (2 to 40), so that narrower
     * terms can be planted; failing that one with any, failing that any of the theme's.
     */
    private int anchor(int theme, Rand r) {
        int[] pool = world.catalog.themeTechs[theme];
        for (int attempt = 0; attempt < 200; attempt++) {
            int t = r.zipfOf(pool, 0.6, 2);
            int below = descendants(t).size();
            if (below >= 2 && below <= 40 && world.catalog.segmentOf(t) >= 0) {
                return t;
            }
        }
        for (int t : pool) {
            if (!children.get(t).isEmpty()) {
                return t;
            }
        }
        return pool[0];
    }

    /** A term one or two steps below t (t itself if it has none). */
    private int narrower(int t, Rand r) {
        List<Integer> below = children.get(t);
        if (below.isEmpty()) {
            return t;
        }
        int child = below.get(r.below(below.size()));
        List<Integer> further = children.get(child);
        return !further.isEmpty() && r.chance(0.35) ? further.get(r.below(further.size())) : child;
    }

    /** t itself, its parent or a child: a neighbour in the taxonomy. */
    private int neighbourOf(int t, Rand r) {
        double u = r.unit();
        if (u < 0.4) {
            return t;
        }
        if (u < 0.7 && techs.parent.get(t) >= 0 && techs.depth.get(techs.parent.get(t)) > 1) {
            return techs.parent.get(t);
        }
        List<Integer> below = children.get(t);
        return below.isEmpty() ? t : below.get(r.below(below.size()));
    }

    private List<Integer> descendants(int t) {
        List<Integer> out = new ArrayList<>();
        List<Integer> queue = new ArrayList<>(children.get(t));
        while (!queue.isEmpty() && out.size() <= 100) {
            int x = queue.removeLast();
            out.add(x);
            queue.addAll(children.get(x));
        }
        return out;
    }

    /** Another technology of the theme in the anchor's chain tier (not below the anchor); the anchor failing that. */
    private int sameTier(int theme, int anchor, Rand r) {
        int seg = world.catalog.segmentOf(anchor);
        if (seg < 0) {
            return anchor;
        }
        int tier = world.catalog.tier(seg);
        List<Integer> options = new ArrayList<>();
        for (int t : world.catalog.themeTechs[theme]) {
            int s = world.catalog.segmentOf(t);
            if (t != anchor
                    && s >= 0
                    && world.catalog.tier(s) == tier
                    && !descendants(anchor).contains(t)) {
                options.add(t);
            }
        }
        return options.isEmpty() ? anchor : options.get(r.below(options.size()));
    }

    /** A technology of the theme whose chain segment is one tier away from the anchor's; any theme term failing that. */
    private int adjacentTier(int theme, int anchor, Rand r) {
        int seg = world.catalog.segmentOf(anchor);
        int[] pool = world.catalog.themeTechs[theme];
        if (seg >= 0) {
            int tier = world.catalog.tier(seg);
            List<Integer> options = new ArrayList<>();
            for (int[] list : world.catalog.themeTechs) {
                for (int t : list) {
                    int s = world.catalog.segmentOf(t);
                    if (s >= 0 && Math.abs(world.catalog.tier(s) - tier) == 1 && techs.depth.get(t) <= 3) {
                        options.add(t);
                    }
                }
            }
            List<Integer> own = new ArrayList<>();
            for (int t : pool) {
                if (options.contains(t)) {
                    own.add(t);
                }
            }
            if (!own.isEmpty()) {
                return own.get(r.below(own.size()));
            }
            if (!options.isEmpty()) {
                return options.get(r.below(options.size()));
            }
        }
        return world.catalog.themeTech(theme, r);
    }

    /** A scenario whose domain none of the given scenarios has. */
    private int otherDomainScenario(int[] scenarios, Rand r) {
        Set<String> domains = new HashSet<>();
        for (int s : scenarios) {
            domains.add(world.scenarios.needOf(s).domain());
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int s = r.below(world.scenarios.count);
            if (!domains.contains(world.scenarios.needOf(s).domain())) {
                return s;
            }
        }
        return r.below(world.scenarios.count);
    }

    /** A position type with at least two skills in the taxonomy, posted by enterprises. */
    private int positionType(Rand r) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int type = r.below(PositionWriter.TYPES.size());
            PositionWriter.Type t = PositionWriter.TYPES.get(type);
            if (!t.org().equals("inst") && baseSkills(t).length >= 2) {
                return type;
            }
        }
        return 0;
    }

    /** The curated skill terms a position type names (without the tools under them). */
    private int[] baseSkills(PositionWriter.Type t) {
        return Arrays.stream(world.catalog.skills(t.skillKw()))
                .filter(s -> s < techs.curated)
                .toArray();
    }

    /** A type's skills that have narrower tools first, so that a tool can stand in for one; at most three. */
    private int[] requiredSkills(PositionWriter.Type t, Rand r) {
        int[] base = baseSkills(t);
        List<Integer> list = new ArrayList<>();
        for (int s : base) {
            list.add(s);
        }
        // The mandatory first skill is drawn; the others keep their order.
        int first = list.remove(r.below(list.size()));
        list.addFirst(first);
        return list.stream().limit(3).mapToInt(Integer::intValue).toArray();
    }

    /** Skills a fitting talent holds: the mandatory ones as asked, an optional one as a narrower tool where one exists. */
    private int[] held(int[] required, boolean[] mandatory, Rand r) {
        int[] out = required.clone();
        List<Integer> optional = new ArrayList<>();
        for (int k = 0; k < out.length; k++) {
            if (!mandatory[k] && !children.get(out[k]).isEmpty()) {
                optional.add(k);
            }
        }
        if (!optional.isEmpty()) {
            int k = optional.get(r.below(optional.size()));
            List<Integer> tools = children.get(out[k]);
            out[k] = tools.get(r.below(tools.size()));
        }
        return out;
    }

    /** The skills without the first (mandatory) one, replaced by a skill not close to any of them. */
    private int[] lacking(int[] skills, Rand r) {
        Set<Integer> close = new HashSet<>();
        for (int s : skills) {
            close.add(s);
            close.addAll(children.get(s));
            if (techs.parent.get(s) >= 0) {
                close.add(techs.parent.get(s));
            }
        }
        int other = skills[0];
        for (int attempt = 0; attempt < 200; attempt++) {
            int s = r.below(techs.curated);
            if (techs.skill.get(s) && !close.contains(s)) {
                other = s;
                break;
            }
        }
        int[] out = skills.clone();
        out[0] = other;
        return distinct(out);
    }

    /** A role whose skills overlap the position type's, for the talent's headline; any enterprise role failing that. */
    private int roleFor(PositionWriter.Type t, Rand r) {
        List<Integer> fitting = new ArrayList<>();
        for (int k = 0; k < Roles.ALL.size(); k++) {
            Roles.Role role = Roles.ALL.get(k);
            if (role.org().equals("ent") && role.skillKw().stream().anyMatch(t.skillKw()::contains)) {
                fitting.add(k);
            }
        }
        return fitting.isEmpty() ? 0 : fitting.get(r.below(fitting.size()));
    }

    private static String atLeast(String degree, Rand r) {
        int i = Math.max(0, Arrays.asList(DEGREES).indexOf(degree));
        return DEGREES[Math.min(DEGREES.length - 1, i + (r.chance(0.3) ? 1 : 0))];
    }

    private static String atMost(String held, String typical, Rand r) {
        int h = Arrays.asList(DEGREES).indexOf(held);
        int t = Math.max(0, Arrays.asList(DEGREES).indexOf(typical));
        return DEGREES[Math.max(0, Math.min(h, t) - (r.chance(0.3) ? 1 : 0))];
    }

    private static String below(String degree) {
        int i = Arrays.asList(DEGREES).indexOf(degree);
        return DEGREES[Math.max(0, i - 1)];
    }

    private static int[] distinct(int... values) {
        return new LinkedHashSet<>(Arrays.stream(values).boxed().toList())
                .stream().mapToInt(Integer::intValue).toArray();
    }
}

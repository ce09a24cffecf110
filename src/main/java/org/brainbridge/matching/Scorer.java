package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Match.MatchGap;
import org.brainbridge.matching.Match.MatchPath;
import org.brainbridge.matching.Match.PathNode;
import org.brainbridge.search.TextSimilarity;

/**
 * The factors of one source against its candidates: each a value in 0..1 with the paths and words that produced it.
 * Pure computation over {@link Profile}s, so every formula here is the one docs/matching.md states.
 */
final class Scorer {

    static final int PATHS_PER_FACTOR = 3;
    private static final List<String> DEGREES = List.of("associate", "bachelor", "master", "phd");
    private static final List<String> STAGES =
            List.of("seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo", "listed", "mature");
    private static final Map<String, Integer> TIERS = Map.of("upstream", 0, "midstream", 1, "downstream", 2);

    private final Journey journey;
    private final Profile source;
    private final boolean explain;
    // The source's side, the same for every candidate: worked out once.
    private final List<Profile.Tech> sourceTechs;
    private final List<Profile.Scenario> sourceScenarios;
    /** Closeness of a source technology to a candidate's, by id: the same few hundred pairs recur across candidates. */
    private final Map<String, Map<String, Double>> closeness = new HashMap<>();
    /** Fits of candidates' technologies (by id) with each of the source's: held as an area, or not. */
    private final Map<String, double[]> fitsWithArea = new HashMap<>();

    private final Map<String, double[]> fitsWithTerm = new HashMap<>();
    /** Built at the first candidate technology that is not in a row yet. */
    private SourceTerms sourceTerms;

    private final Map<String, Profile.Partner> sourcePartners = new HashMap<>();
    private final Map<String, Profile.Partner> sourceCoInvestors = new HashMap<>();
    private final Map<String, Profile.Measure> sourceMeasures = new LinkedHashMap<>();

    Scorer(Journey journey, Profile source) {
        this(journey, source, true);
    }

    /** {@code explain}: also build the evidence paths, the details of the reasons and the gaps (for a page shown). */
    Scorer(Journey journey, Profile source, boolean explain) {
        this.journey = journey;
        this.source = source;
        this.explain = explain;
        this.sourceTechs = source.techs();
        this.sourceScenarios = distinctScenarios(source.scenarios());
        source.partners().forEach(p -> sourcePartners.putIfAbsent(p.id(), p));
        source.coInvestors().forEach(p -> sourceCoInvestors.putIfAbsent(p.id(), p));
        source.measures().forEach(m -> sourceMeasures.putIfAbsent(m.id() + "|" + m.scope(), m));
    }

    /** The factor values of one candidate, with their evidence, detail for the reason, and gaps. */
    record Scored(
            Profile candidate,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details,
            List<MatchGap> gaps,
            String topTechnology) {}

    Scored score(Profile c, TextSimilarity.Hit text, double textTop) {
        Map<MatchFactor, Double> values = new EnumMap<>(MatchFactor.class);
        Map<MatchFactor, List<MatchPath>> paths = new EnumMap<>(MatchFactor.class);
        Map<MatchFactor, String[]> details = new EnumMap<>(MatchFactor.class);
        List<MatchGap> gaps = new ArrayList<>();
        String topTech = technology(c, values, paths, details, gaps);
        scenario(c, values, paths, details);
        chain(c, values, paths, details);
        profile(c, values, details, gaps);
        graph(c, values, paths, details);
        policy(c, values, paths, details);
        // The words shared are looked up later, for the page shown only (see MatchingService).
        values.put(MatchFactor.TEXT, text != null && textTop > 0 ? Math.min(1, text.score() / textTop) : 0.0);
        return new Scored(c, values, paths, details, gaps, topTech);
    }

    // ---- technology ------------------------------------------------------------------------------------------

    /** How close two technologies are in the taxonomy: the same 1, broader or narrower by d steps 0.5^d, siblings 0.25. */
    static double closeness(Profile.Tech a, Profile.Tech b) {
        if (a.id().equals(b.id())) {
            return 1;
        }
        Integer up = a.up().get(b.id());
        Integer down = b.up().get(a.id());
        int d = Math.min(up == null ? 99 : up, down == null ? 99 : down);
        if (d <= 3) {
            return Math.pow(0.5, d);
        }
        for (Map.Entry<String, Integer> e : a.up().entrySet()) {
            if (e.getValue() == 1 && Integer.valueOf(1).equals(b.up().get(e.getKey()))) {
                return 0.25;
            }
        }
        return 0;
    }

    private static double techWeight(Profile.Tech t) {
        // A technology reached through a product, patent or data set counts a little less than one stated; one of its
        // people's skills less again: a large institution's staff know a bit of everything, which says little about
        // what the institution itself offers, and would otherwise favour the big ones.
        if (t.via() == null) {
            return 1.0;
        }
        return "WORKS_AT<".equals(t.via().rel()) ? 0.5 : 0.8;
    }

    /** How much of a broader term's worth a narrower one keeps, per step, when the broader one is an area. */
    static final double AREA = 0.8;

    /**
     * Closeness where one side is an area of interest or expertise (what an investor focuses on, what an institution
     * researches): the area covers its narrower terms, so they keep {@link #AREA}^d instead of 0.5^d. A required skill
     * is not an area: a position asking for a parent skill is only partly met by a child (see {@link #closeness}).
     */
    static double fit(Profile.Tech a, Profile.Tech b) {
        Integer aAbove = b.up().get(a.id());
        if (aAbove != null && area(a)) {
            return Math.pow(AREA, aAbove);
        }
        Integer bAbove = a.up().get(b.id());
        if (bAbove != null && area(b)) {
            return Math.pow(AREA, bAbove);
        }
        return closeness(a, b);
    }

    private static boolean area(Profile.Tech t) {
        return t.via() == null && ("FOCUSES_ON".equals(t.rel()) || "RESEARCHES".equals(t.rel()));
    }

    private record Best(Profile.Tech from, Profile.Tech to, double value) {}

    /** The closest of the others to t by {@link #closeness} (a required skill is no area: see {@link #fit}). */
    private Best best(Profile.Tech t, List<Profile.Tech> others) {
        Best best = new Best(t, null, 0);
        // Closeness depends on the two ids alone, so it is cached.
        Map<String, Double> known = closeness.computeIfAbsent(t.id(), k -> new HashMap<>());
        for (Profile.Tech o : others) {
            Double c = known.get(o.id());
            if (c == null) {
                c = closeness(t, o);
                known.put(o.id(), c);
            }
            double v = c * techWeight(o);
            if (v > best.value()) {
                best = new Best(t, o, v);
            }
        }
        return best;
    }

    /**
     * The {@link #fit} of a candidate's technology with each of the source's, in the source's order: the same terms
     * come back in candidate after candidate, so the row is kept for the request, by id and by whether the candidate
     * holds the term as an area. Only the source's terms related to it are asked (see {@link SourceTerms}): the rest
     * fit 0.
     */
    private double[] fitsWithMine(Profile.Tech theirs) {
        Map<String, double[]> rows = area(theirs) ? fitsWithArea : fitsWithTerm;
        double[] row = rows.get(theirs.id());
        if (row == null) {
            if (sourceTerms == null) {
                sourceTerms = new SourceTerms(sourceTechs);
            }
            row = new double[sourceTechs.size()];
            java.util.BitSet related = sourceTerms.related(theirs);
            for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
                row[i] = fit(sourceTechs.get(i), theirs);
            }
            rows.put(theirs.id(), row);
        }
        return row;
    }

    /**
     * The source's technologies indexed by what can make another term fit them: {@link #fit} and {@link #closeness}
     * are 0 unless the two terms are the same, one is broader than the other, or they share a direct broader term.
     */
    private static final class SourceTerms {

        private final Map<String, List<Integer>> byId = new HashMap<>();
        private final Map<String, List<Integer>> byBroader = new HashMap<>();
        private final Map<String, List<Integer>> byParent = new HashMap<>();

        SourceTerms(List<Profile.Tech> techs) {
            for (int i = 0; i < techs.size(); i++) {
                Profile.Tech t = techs.get(i);
                byId.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(i);
                for (Map.Entry<String, Integer> up : t.up().entrySet()) {
                    byBroader
                            .computeIfAbsent(up.getKey(), k -> new ArrayList<>())
                            .add(i);
                    if (up.getValue() == 1) {
                        byParent.computeIfAbsent(up.getKey(), k -> new ArrayList<>())
                                .add(i);
                    }
                }
            }
        }

        /** The positions of the source's terms that may fit {@code t}, each once. */
        java.util.BitSet related(Profile.Tech t) {
            java.util.BitSet found = new java.util.BitSet();
            add(found, byId.get(t.id()));
            add(found, byBroader.get(t.id()));
            for (Map.Entry<String, Integer> up : t.up().entrySet()) {
                add(found, byId.get(up.getKey()));
                if (up.getValue() == 1) {
                    add(found, byParent.get(up.getKey()));
                }
            }
            return found;
        }

        private static void add(java.util.BitSet found, List<Integer> positions) {
            if (positions != null) {
                positions.forEach(found::set);
            }
        }
    }

    private String technology(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details,
            List<MatchGap> gaps) {
        List<Profile.Tech> mine = sourceTechs;
        List<Profile.Tech> theirs = c.techs();
        List<Best> matches = new ArrayList<>();
        double value;
        if (journey.staffing()) {
            // The position's required skills, covered by the talent's skills (mandatory ones count double).
            boolean sourceIsPosition = source.kind() == NodeKind.POSITION;
            List<Profile.Tech> required = (sourceIsPosition ? mine : theirs)
                    .stream().filter(t -> t.rel().equals("REQUIRES_SKILL")).toList();
            List<Profile.Tech> held = sourceIsPosition ? theirs : mine;
            double sum = 0;
            double weights = 0;
            for (Profile.Tech r : required) {
                Best b = best(r, held);
                double w = r.mandatory() ? 2 : 1;
                sum += w * b.value();
                weights += w;
                if (b.value() > 0) {
                    matches.add(sourceIsPosition ? b : new Best(b.to(), b.from(), b.value()));
                }
                if (explain && b.value() < 1) {
                    gaps.add(new MatchGap(
                            "skill",
                            r.id(),
                            b.value() > 0 ? "%s（已有相关技能：%s）".formatted(r.name(), b.to().name()) : r.name(),
                            b.value() > 0
                                    ? "%s (related skill: %s)".formatted(r.nameEn(), b.to().nameEn())
                                    : r.nameEn(),
                            r.mandatory(),
                            b.value() > 0));
                }
            }
            value = weights == 0 ? 0 : sum / weights;
        } else {
            // fits[j][i]: the fit of their j-th technology with my i-th (a fit is symmetric).
            double[][] fits = new double[theirs.size()][];
            for (int j = 0; j < theirs.size(); j++) {
                fits[j] = fitsWithMine(theirs.get(j));
            }
            double covMine = 0;
            for (int i = 0; i < mine.size(); i++) {
                Profile.Tech t = mine.get(i);
                Best b = new Best(t, null, 0);
                for (int j = 0; j < theirs.size(); j++) {
                    double v = fits[j][i] * techWeight(theirs.get(j));
                    if (v > b.value()) {
                        b = new Best(t, theirs.get(j), v);
                    }
                }
                covMine += b.value() * techWeight(t);
                if (b.value() > 0) {
                    matches.add(b);
                }
            }
            double covTheirs = 0;
            for (int j = 0; j < theirs.size(); j++) {
                double best = 0;
                for (int i = 0; i < mine.size(); i++) {
                    best = Math.max(best, fits[j][i] * techWeight(mine.get(i)));
                }
                covTheirs += best * techWeight(theirs.get(j));
            }
            value = mine.isEmpty() || theirs.isEmpty() ? 0 : (covMine / mine.size() + covTheirs / theirs.size()) / 2;
        }
        values.put(MatchFactor.TECHNOLOGY, Math.min(1, value));
        matches.sort(Comparator.comparingDouble(Best::value).reversed());
        String top = matches.isEmpty()
                ? (theirs.isEmpty() ? null : theirs.getFirst().id())
                : matches.getFirst().to().id();
        if (!explain) {
            return top;
        }
        List<MatchPath> found = new ArrayList<>();
        Set<String> names = new java.util.LinkedHashSet<>();
        Set<String> namesEn = new java.util.LinkedHashSet<>();
        for (Best b : matches) {
            if (found.size() < PATHS_PER_FACTOR) {
                found.add(techPath(c, b));
            }
            if (names.size() < 3) {
                names.add(b.to().name());
                namesEn.add(b.to().nameEn());
            }
        }
        paths.put(MatchFactor.TECHNOLOGY, found);
        if (!names.isEmpty()) {
            details.put(MatchFactor.TECHNOLOGY, new String[] {String.join("、", names), String.join(", ", namesEn)});
        }
        return top;
    }

    private MatchPath techPath(Profile c, Best b) {
        Steps steps = new Steps(source);
        steps.through(b.from().via());
        steps.to(b.from().id(), NodeKind.TECHNOLOGY, b.from().name(), b.from().rel());
        if (!b.from().id().equals(b.to().id())) {
            Integer up = b.from().up().get(b.to().id());
            Integer down = b.to().up().get(b.from().id());
            String rel = up != null
                    ? (up == 1 ? "BROADER" : "BROADER*" + up)
                    : down != null ? (down == 1 ? "NARROWER" : "NARROWER*" + down) : "~SIBLING";
            steps.to(b.to().id(), NodeKind.TECHNOLOGY, b.to().name(), rel);
        }
        steps.back(b.to().via(), b.to().rel());
        steps.to(
                c.id(),
                c.kind(),
                c.name(),
                b.to().via() == null ? b.to().rel() : b.to().via().rel());
        return steps.path(MatchFactor.TECHNOLOGY, false);
    }

    // ---- scenario --------------------------------------------------------------------------------------------

    private void scenario(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        List<Profile.Scenario> mine = sourceScenarios;
        List<Profile.Scenario> theirs = distinctScenarios(c.scenarios());
        if (mine.isEmpty() || theirs.isEmpty()) {
            values.put(MatchFactor.SCENARIO, 0.0);
            return;
        }
        double covMine = 0;
        List<Profile.Scenario[]> same = new ArrayList<>();
        List<Profile.Scenario[]> domain = new ArrayList<>();
        for (Profile.Scenario s : mine) {
            double best = 0;
            for (Profile.Scenario o : theirs) {
                if (s.id().equals(o.id())) {
                    best = 1;
                    same.add(new Profile.Scenario[] {s, o});
                } else if (s.domain() != null && s.domain().equals(o.domain()) && best < 0.3) {
                    best = 0.3;
                    domain.add(new Profile.Scenario[] {s, o});
                }
            }
            covMine += best;
        }
        double covTheirs = 0;
        for (Profile.Scenario o : theirs) {
            double best = 0;
            for (Profile.Scenario s : mine) {
                best = Math.max(
                        best,
                        s.id().equals(o.id())
                                ? 1
                                : s.domain() != null && s.domain().equals(o.domain()) ? 0.3 : 0);
            }
            covTheirs += best;
        }
        values.put(MatchFactor.SCENARIO, (covMine / mine.size() + covTheirs / theirs.size()) / 2);
        if (!explain) {
            return;
        }
        List<MatchPath> found = new ArrayList<>();
        List<Profile.Scenario[]> all = new ArrayList<>(same);
        all.addAll(domain);
        for (Profile.Scenario[] pair : all) {
            if (found.size() >= PATHS_PER_FACTOR) {
                break;
            }
            Steps steps = new Steps(source);
            steps.through(pair[0].via());
            steps.to(pair[0].id(), NodeKind.SCENARIO, pair[0].name(), pair[0].rel());
            if (!pair[0].id().equals(pair[1].id())) {
                steps.to(pair[1].id(), NodeKind.SCENARIO, pair[1].name(), "~SAME_DOMAIN");
            }
            steps.back(pair[1].via(), pair[1].rel());
            steps.to(
                    c.id(),
                    c.kind(),
                    c.name(),
                    pair[1].via() == null ? pair[1].rel() : pair[1].via().rel());
            found.add(steps.path(MatchFactor.SCENARIO, false));
        }
        paths.put(MatchFactor.SCENARIO, found);
        if (!same.isEmpty()) {
            details.put(MatchFactor.SCENARIO, new String[] {same.getFirst()[0].name(), same.getFirst()[0].nameEn()});
        } else if (!domain.isEmpty()) {
            details.put(
                    MatchFactor.SCENARIO, new String[] {domain.getFirst()[1].name(), domain.getFirst()[1].nameEn()});
        }
    }

    private static List<Profile.Scenario> distinctScenarios(List<Profile.Scenario> scenarios) {
        Map<String, Profile.Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.merge(s.id(), s, (a, b) -> a.via() == null ? a : b));
        return List.copyOf(byId.values());
    }

    // ---- chain -----------------------------------------------------------------------------------------------

    /** How two chain segments relate for this journey (see docs/matching.md): 0..1 and the step's name. */
    private Object[] segmentFit(Profile.Segment a, Profile.Segment b) {
        boolean same = a.id().equals(b.id());
        boolean family = (a.parent() != null && a.parent().equals(b.parent()))
                || a.id().equals(b.parent())
                || b.id().equals(a.parent());
        Integer ta = a.tier() == null ? null : TIERS.get(a.tier());
        Integer tb = b.tier() == null ? null : TIERS.get(b.tier());
        int diff = ta == null || tb == null ? -1 : tb - ta;
        return switch (journey) {
            case PARTNER, INSTITUTION -> {
                if (Math.abs(diff) == 1) {
                    yield new Object[] {1.0, diff > 0 ? "~UPSTREAM_OF" : "~DOWNSTREAM_OF"};
                }
                if (same) {
                    yield new Object[] {0.5, null};
                }
                if (family) {
                    yield new Object[] {0.5, "~SAME_TIER"};
                }
                yield Math.abs(diff) == 2
                        ? new Object[] {0.3, diff > 0 ? "~UPSTREAM_OF" : "~DOWNSTREAM_OF"}
                        : new Object[] {0.0, null};
            }
            case INVESTOR ->
                same
                        ? new Object[] {1.0, null}
                        : a.id().equals(b.parent()) || b.id().equals(a.parent())
                                ? new Object[] {0.6, "~PART_OF"}
                                : family ? new Object[] {0.4, "~SAME_TIER"} : new Object[] {0.0, null};
            default ->
                same ? new Object[] {1.0, null} : family ? new Object[] {0.5, "~SAME_TIER"} : new Object[] {0.0, null};
        };
    }

    private void chain(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        double best = 0;
        Profile.Segment[] pair = null;
        String step = null;
        for (Profile.Segment a : source.segments()) {
            for (Profile.Segment b : c.segments()) {
                Object[] fit = segmentFit(a, b);
                double v = (double) fit[0];
                if (v > best) {
                    best = v;
                    pair = new Profile.Segment[] {a, b};
                    step = (String) fit[1];
                }
            }
        }
        values.put(MatchFactor.CHAIN, best);
        if (pair == null || !explain) {
            return;
        }
        Steps steps = new Steps(source);
        steps.through(pair[0].via());
        steps.to(pair[0].id(), NodeKind.CHAIN_SEGMENT, pair[0].name(), pair[0].rel());
        if (!pair[0].id().equals(pair[1].id())) {
            steps.to(pair[1].id(), NodeKind.CHAIN_SEGMENT, pair[1].name(), step == null ? "~RELATED" : step);
        }
        steps.back(pair[1].via(), pair[1].rel());
        steps.to(
                c.id(),
                c.kind(),
                c.name(),
                pair[1].via() == null ? pair[1].rel() : pair[1].via().rel());
        paths.put(MatchFactor.CHAIN, List.of(steps.path(MatchFactor.CHAIN, false)));
        details.put(MatchFactor.CHAIN, new String[] {
            pair[0].name().equals(pair[1].name()) ? pair[0].name() : pair[0].name() + "→" + pair[1].name(),
            pair[0].nameEn().equals(pair[1].nameEn()) ? pair[0].nameEn() : pair[0].nameEn() + " → " + pair[1].nameEn()
        });
    }

    // ---- profile ---------------------------------------------------------------------------------------------

    /** Shared regions of two actors: the same 1, the same city 0.8, the same province 0.5, the same country 0.2. */
    static double closeness(List<Profile.Region> a, List<Profile.Region> b) {
        double best = 0;
        for (Profile.Region x : a) {
            for (Profile.Region y : b) {
                if (x.id().equals(y.id())) {
                    return 1;
                }
                Set<String> xs = new HashSet<>(x.up());
                xs.add(x.id());
                int shared = 0;
                for (String id : y.up()) {
                    shared += xs.contains(id) ? 1 : 0;
                }
                shared += xs.contains(y.id()) ? 1 : 0;
                best = Math.max(best, shared >= 3 ? 0.8 : shared == 2 ? 0.5 : shared == 1 ? 0.2 : 0);
            }
        }
        return best;
    }

    private void profile(
            Profile c, Map<MatchFactor, Double> values, Map<MatchFactor, String[]> details, List<MatchGap> gaps) {
        List<Double> parts = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        switch (journey) {
            case INVESTOR -> {
                Object stages = source.prop("stages");
                String stage = c.text("stage");
                if (stages instanceof List<?> list && !list.isEmpty() && stage != null) {
                    double s = list.contains(stage) ? 1 : nearStage(list, stage) ? 0.5 : 0;
                    parts.add(s);
                    if (s == 1) {
                        zh.add("阶段相符");
                        en.add("stage fits");
                    }
                }
                Double sought = c.number("fundingSoughtWan");
                Double min = source.number("ticketMinWan");
                Double max = source.number("ticketMaxWan");
                if (sought != null && sought > 0 && (min != null || max != null)) {
                    double lo = min == null ? 0 : min;
                    double hi = max == null ? Double.MAX_VALUE : max;
                    double t = sought >= lo && sought <= hi
                            ? 1
                            : Math.max(0, 1 - Math.abs(Math.log10(sought < lo ? lo / sought : sought / hi)));
                    parts.add(t);
                    if (t == 1) {
                        zh.add("金额在单笔范围内");
                        en.add("ticket size fits");
                    }
                }
                if (c.kind() == NodeKind.PROJECT) {
                    // A project only wants an investor while it asks for money and is not closed.
                    boolean seeking = c.prop("seeks") instanceof List<?> seeks
                            && seeks.contains("investment")
                            && !"closed".equals(c.text("status"));
                    parts.add(seeking ? 1.0 : 0.0);
                    if (seeking) {
                        zh.add("正在寻求融资");
                        en.add("seeking investment");
                    }
                }
                if (!source.targetRegions().isEmpty() && !c.regions().isEmpty()) {
                    Set<String> targets = new HashSet<>();
                    source.targetRegions().forEach(r -> targets.add(r.id()));
                    boolean inside = c.regions().stream()
                            .anyMatch(r ->
                                    targets.contains(r.id()) || r.up().stream().anyMatch(targets::contains));
                    parts.add(inside ? 1.0 : 0.0);
                    if (inside) {
                        zh.add("位于投资地域");
                        en.add("in a target region");
                    }
                }
            }
            case CANDIDATE, POSITION -> {
                Profile position = source.kind() == NodeKind.POSITION ? source : c;
                Profile talent = source.kind() == NodeKind.POSITION ? c : source;
                int need = DEGREES.indexOf(position.text("degreeRequired"));
                int has = DEGREES.indexOf(talent.text("degree"));
                if (need >= 0) {
                    double d = has >= need ? 1 : Math.max(0, 1 - 0.35 * (need - Math.max(has, -1)));
                    parts.add(d);
                    if (has >= need) {
                        zh.add("学历符合");
                        en.add("degree fits");
                    } else if (explain) {
                        gaps.add(new MatchGap(
                                "degree",
                                null,
                                "学历要求：" + position.text("degreeRequired"),
                                "degree required: " + position.text("degreeRequired"),
                                true,
                                false));
                    }
                }
                Double years = position.number("yearsRequired");
                Double exp = talent.number("yearsExperience");
                if (years != null && years > 0) {
                    double e = exp == null ? 0 : Math.min(1, exp / years);
                    parts.add(e);
                    if (e >= 1) {
                        zh.add("经验符合");
                        en.add("experience fits");
                    } else if (explain) {
                        gaps.add(new MatchGap(
                                "experience",
                                null,
                                "经验要求%d年（现有%d年）".formatted(years.intValue(), exp == null ? 0 : exp.intValue()),
                                "%d years required (has %d)"
                                        .formatted(years.intValue(), exp == null ? 0 : exp.intValue()),
                                false,
                                exp != null && exp > 0));
                    }
                }
                if (!source.regions().isEmpty() && !c.regions().isEmpty()) {
                    double r = closeness(source.regions(), c.regions());
                    parts.add(r);
                    if (r >= 0.8) {
                        zh.add("同城");
                        en.add("same city");
                    }
                }
            }
            default -> {
                if (!source.regions().isEmpty() && !c.regions().isEmpty()) {
                    double r = closeness(source.regions(), c.regions());
                    parts.add(r);
                    if (r >= 0.8) {
                        zh.add("同城");
                        en.add("same city");
                    }
                }
                if (journey == Journey.SIMILAR) {
                    String a = source.text("stage");
                    String b = c.text("stage");
                    if (a != null && b != null) {
                        parts.add(a.equals(b) ? 1.0 : nearStage(List.of(a), b) ? 0.5 : 0.0);
                    }
                    String sa = source.text("size");
                    String sb = c.text("size");
                    if (sa != null && sb != null) {
                        parts.add(sa.equals(sb) ? 1.0 : 0.0);
                    }
                    Double ta = source.number("trl");
                    Double tb = c.number("trl");
                    if (ta != null && tb != null) {
                        // Technology readiness: projects a level apart are at about the same point, three apart not.
                        parts.add(Math.max(0, 1 - Math.abs(ta - tb) / 3));
                    }
                }
            }
        }
        values.put(
                MatchFactor.PROFILE,
                parts.isEmpty()
                        ? 0
                        : parts.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElse(0));
        if (!zh.isEmpty()) {
            details.put(MatchFactor.PROFILE, new String[] {String.join("、", zh), String.join(", ", en)});
        }
    }

    private static boolean nearStage(List<?> stages, String stage) {
        int i = STAGES.indexOf(stage);
        for (Object s : stages) {
            int j = STAGES.indexOf(String.valueOf(s));
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return true;
            }
        }
        return false;
    }

    // ---- graph proximity -------------------------------------------------------------------------------------

    private void graph(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        Map<String, Profile.Partner> mine = sourcePartners;
        Map<String, Profile.Partner> coInvestors = sourceCoInvestors;
        double g = 0;
        List<MatchPath> found = new ArrayList<>();
        String[] detail = null;
        Profile.Partner direct = mine.get(c.id());
        if (direct != null) {
            g += 1;
        }
        if (direct != null && explain) {
            Steps steps = new Steps(source);
            steps.to(c.id(), c.kind(), c.name(), direct.rel());
            found.add(steps.path(MatchFactor.GRAPH, false));
            detail = new String[] {"曾有合作", "past collaboration"};
        }
        for (Profile.Partner theirs : c.partners()) {
            Profile.Partner shared = mine.get(theirs.id());
            Profile.Partner co = coInvestors.get(theirs.id());
            if (shared == null && co == null) {
                continue;
            }
            // Adamic–Adar: a shared hub says little, a shared small partner says much.
            long degree = Math.max(theirs.degree(), 1);
            g += 1 / (Math.log(2 + degree) / Math.log(2));
            if (!explain) {
                continue;
            }
            if (found.size() < PATHS_PER_FACTOR) {
                Steps steps = new Steps(source);
                if (shared != null) {
                    steps.to(theirs.id(), theirs.kind(), theirs.name(), shared.rel());
                } else {
                    steps.through(co.via());
                    steps.to(co.id(), NodeKind.INVESTOR, co.name(), "INVESTED_IN");
                }
                steps.to(c.id(), c.kind(), c.name(), theirs.rel());
                found.add(steps.path(MatchFactor.GRAPH, false));
            }
            if (detail == null) {
                detail = shared != null
                        ? new String[] {"共同伙伴" + theirs.name(), "shared partner " + theirs.name()}
                        : new String[] {"共同投资方" + co.name(), "co-investor " + co.name()};
            }
        }
        values.put(MatchFactor.GRAPH, g / (g + 1));
        paths.put(MatchFactor.GRAPH, found);
        if (detail != null) {
            details.put(MatchFactor.GRAPH, detail);
        }
    }

    // ---- policy synergy --------------------------------------------------------------------------------------

    private void policy(
            Profile c,
            Map<MatchFactor, Double> values,
            Map<MatchFactor, List<MatchPath>> paths,
            Map<MatchFactor, String[]> details) {
        Map<String, Profile.Measure> mine = sourceMeasures;
        double v = 0;
        List<MatchPath> found = new ArrayList<>();
        Profile.Measure first = null;
        Set<String> seen = new HashSet<>();
        for (Profile.Measure theirs : c.measures()) {
            Profile.Measure m = mine.get(theirs.id() + "|" + theirs.scope());
            if (m == null || !seen.add(m.id() + "|" + m.scope())) {
                continue;
            }
            v += m.scope().equals("scenario") ? 0.6 : 0.4;
            if (first == null) {
                first = m;
            }
            if (explain && found.size() < PATHS_PER_FACTOR) {
                boolean scenario = m.scope().equals("scenario");
                NodeKind viaKind = scenario ? NodeKind.SCENARIO : NodeKind.REGION;
                String viaRel = scenario ? "SERVES" : "LOCATED_IN";
                String measureRel = scenario ? "~ADDRESSES" : "~APPLIES_IN";
                Steps steps = new Steps(source);
                steps.to(m.viaId(), viaKind, m.viaName(), viaRel);
                steps.to(m.id(), NodeKind.MEASURE, m.name(), measureRel);
                // Out from the measure to what concerns the candidate (the same scenario or region when they share it).
                steps.to(theirs.viaId(), viaKind, theirs.viaName(), measureRel);
                steps.to(c.id(), c.kind(), c.name(), viaRel);
                found.add(steps.path(MatchFactor.POLICY, true));
            }
        }
        values.put(MatchFactor.POLICY, Math.min(1, v));
        paths.put(MatchFactor.POLICY, found);
        if (first != null) {
            details.put(MatchFactor.POLICY, new String[] {first.name(), first.nameEn()});
        }
    }

    /** Builds a path from the source, step by step. */
    private static final class Steps {
        private final List<PathNode> nodes = new ArrayList<>();
        private final List<String> rels = new ArrayList<>();

        Steps(Profile source) {
            nodes.add(new PathNode(source.id(), source.kind(), source.name()));
        }

        void to(String id, NodeKind kind, String name, String rel) {
            nodes.add(new PathNode(id, kind, name));
            rels.add(rel);
        }

        /** A step out through an intermediate node (the source's product, patent, person …), if any. */
        void through(Profile.Via via) {
            if (via != null) {
                to(via.id(), via.kind(), via.name(), via.rel());
            }
        }

        /** A step back to the candidate's intermediate node, if any; the candidate itself follows. */
        void back(Profile.Via via, String rel) {
            if (via != null) {
                to(via.id(), via.kind(), via.name(), rel);
            }
        }

        MatchPath path(MatchFactor factor, boolean inferred) {
            return new MatchPath(factor, List.copyOf(nodes), List.copyOf(rels), inferred);
        }
    }
}

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
import org.brainbridge.search.TextSimilarity;

/**
 * The factors of one source against its candidates: each a value in 0..1 with the paths and words that produced it.
 * Pure computation over {@link Profile}s, so every formula is the one docs/matching.md states: technology, graph
 * proximity and policy synergy here; scenario, chain and profile in {@link ScenarioFactor}, {@link ChainFactor} and
 * {@link ProfileFactor}; closeness in the trees in {@link Proximity}.
 */
final class Scorer {

    static final int PATHS_PER_FACTOR = 3;

    private final Journey journey;
    private final Profile source;
    private final boolean explain;
    // The source's side, the same for every candidate: worked out once.
    private final List<Profile.Tech> sourceTechs;
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
    private final ProfileFactor profile;
    private final ChainFactor chain;
    private final ScenarioFactor scenario;

    Scorer(Journey journey, Profile source) {
        this(journey, source, true);
    }

    /** {@code explain}: also build the evidence paths, the details of the reasons and the gaps (for a page shown). */
    Scorer(Journey journey, Profile source, boolean explain) {
        this.journey = journey;
        this.source = source;
        this.explain = explain;
        this.sourceTechs = source.techs();
        this.scenario = new ScenarioFactor(source, explain);
        this.chain = new ChainFactor(journey, source, explain);
        this.profile = new ProfileFactor(journey, source, explain);
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
        scenario.score(c, values, paths, details);
        chain.score(c, values, paths, details);
        profile.score(c, values, details, gaps);
        graph(c, values, paths, details);
        policy(c, values, paths, details);
        // The words shared are looked up later, for the page shown only (see MatchingService).
        values.put(MatchFactor.TEXT, text != null && textTop > 0 ? Math.min(1, text.score() / textTop) : 0.0);
        return new Scored(c, values, paths, details, gaps, topTech);
    }

    // ---- technology ------------------------------------------------------------------------------------------

    private record Best(Profile.Tech from, Profile.Tech to, double value) {}

    /** The closest of the others to t by {@link Proximity#closeness} (a required skill is no area: see {@link Proximity#fit}). */
    private Best best(Profile.Tech t, List<Profile.Tech> others) {
        Best best = new Best(t, null, 0);
        // Closeness depends on the two ids alone, so it is cached.
        Map<String, Double> known = closeness.computeIfAbsent(t.id(), k -> new HashMap<>());
        for (Profile.Tech o : others) {
            Double c = known.get(o.id());
            if (c == null) {
                c = Proximity.closeness(t, o);
                known.put(o.id(), c);
            }
            double v = c * Proximity.weight(o);
            if (v > best.value()) {
                best = new Best(t, o, v);
            }
        }
        return best;
    }

    /**
     * The {@link Proximity#fit} of a candidate's technology with each of the source's, in the source's order: the same terms
     * come back in candidate after candidate, so the row is kept for the request, by id and by whether the candidate
     * holds the term as an area. Only the source's terms related to it are asked (see {@link SourceTerms}): the rest
     * fit 0.
     */
    private double[] fitsWithMine(Profile.Tech theirs) {
        Map<String, double[]> rows = Proximity.area(theirs) ? fitsWithArea : fitsWithTerm;
        double[] row = rows.get(theirs.id());
        if (row == null) {
            if (sourceTerms == null) {
                sourceTerms = new SourceTerms(sourceTechs);
            }
            row = new double[sourceTechs.size()];
            java.util.BitSet related = sourceTerms.related(theirs);
            for (int i = related.nextSetBit(0); i >= 0; i = related.nextSetBit(i + 1)) {
                row[i] = Proximity.fit(sourceTechs.get(i), theirs);
            }
            rows.put(theirs.id(), row);
        }
        return row;
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
                    double v = fits[j][i] * Proximity.weight(theirs.get(j));
                    if (v > b.value()) {
                        b = new Best(t, theirs.get(j), v);
                    }
                }
                covMine += b.value() * Proximity.weight(t);
                if (b.value() > 0) {
                    matches.add(b);
                }
            }
            double covTheirs = 0;
            for (int j = 0; j < theirs.size(); j++) {
                double best = 0;
                for (int i = 0; i < mine.size(); i++) {
                    best = Math.max(best, fits[j][i] * Proximity.weight(mine.get(i)));
                }
                covTheirs += best * Proximity.weight(theirs.get(j));
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
        PathSteps steps = new PathSteps(source);
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
            PathSteps steps = new PathSteps(source);
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
                PathSteps steps = new PathSteps(source);
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
                PathSteps steps = new PathSteps(source);
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
}

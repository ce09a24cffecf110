package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Turns a row of {@code matching/profiles.cypher} into a {@link Profile}: the actor's own facts, and its
 * technologies, scenarios, chain segments, regions and measures resolved against the taxonomies held in memory.
 */
final class ProfileMapper {

    private static final Set<String> TECH_LINKS =
            Set.of("DEVELOPS", "RESEARCHES", "HAS_SKILL", "USES_TECHNOLOGY", "REQUIRES_SKILL", "FOCUSES_ON");
    /** The links through a technology that put an actor in that technology's chain segments. */
    private static final Set<String> SEGMENT_VIA_TECH =
            Set.of("DEVELOPS", "RESEARCHES", "HAS_SKILL", "USES_TECHNOLOGY", "REQUIRES_SKILL");

    // The lists keep the bounds and the order the one-statement-per-list version had: techs 60, reached ones 40 + 30,
    // scenarios 40 + 20, segments 20 + 20, regions 4, target regions 30.
    /** The profile a row of profiles.cypher describes; null for a row whose id is of no kind. */
    static Profile profile(Record r, Taxonomies.Snapshot tax, boolean source) {
        String id = r.get("id").asString();
        NodeKind kind = NodeKind.byId(id).orElse(null);
        if (kind == null) {
            return null;
        }
        Map<String, Object> props = new HashMap<>();
        r.get("props").asMap().forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        List<Profile.Tech> techs = new ArrayList<>();
        List<Profile.Scenario> scenarios = new ArrayList<>();
        List<Profile.Segment> segments = new ArrayList<>();
        List<Profile.Region> regions = new ArrayList<>();
        List<Profile.Region> targetRegions = new ArrayList<>();
        List<String[]> segmentVia = new ArrayList<>(); // {segment, via type, via id}
        for (Value link : r.get("links").values()) {
            String type = link.get(0).asString();
            String target = link.get(1).asString();
            NodeKind targetKind = NodeKind.byId(target).orElse(null);
            if (targetKind == NodeKind.TECHNOLOGY) {
                if (TECH_LINKS.contains(type) && techs.size() < 60) {
                    techs.add(tech(tax, target, type, link.get(2).asBoolean(false), null));
                }
                Taxonomies.Tech t = tax.tech(target);
                if (SEGMENT_VIA_TECH.contains(type) && t != null) {
                    t.segments().forEach(c -> segmentVia.add(new String[] {c, type, target}));
                }
            } else if (targetKind == NodeKind.SCENARIO && scenarios.size() < 40) {
                scenarios.add(scenario(tax, target, type, null));
            } else if (targetKind == NodeKind.CHAIN_SEGMENT && segments.size() < 20) {
                segments.add(segment(tax, target, type, null));
            } else if (targetKind == NodeKind.REGION && type.equals("LOCATED_IN") && regions.size() < 4) {
                regions.add(region(tax, target, tax.regionUp(target)));
            } else if (targetKind == NodeKind.REGION && type.equals("TARGETS_REGION") && targetRegions.size() < 30) {
                targetRegions.add(region(tax, target, List.of()));
            }
        }
        List<Profile.Scenario> direct = List.copyOf(scenarios);
        for (Value v : r.get("viaTechs").values()) {
            techs.add(tech(
                    tax,
                    v.get(3).asString(),
                    v.get(2).asString(),
                    false,
                    via(v.get(1).asString(), v.get(0).asString())));
        }
        for (Value v : r.get("people").values()) {
            techs.add(tech(
                    tax, v.get(1).asString(), "HAS_SKILL", false, via(v.get(0).asString(), "WORKS_AT<")));
        }
        for (Value v : r.get("viaScenarios").values()) {
            scenarios.add(scenario(
                    tax,
                    v.get(2).asString(),
                    "SERVES",
                    via(v.get(1).asString(), v.get(0).asString())));
        }
        for (Value v : r.get("productSegments").values()) {
            segmentVia.add(new String[] {v.get(0).asString(), "MAKES", v.get(1).asString()});
        }
        segments.addAll(segmentsVia(tax, segmentVia));
        List<Profile.Org> orgs = new ArrayList<>();
        if (kind == NodeKind.ENTERPRISE || kind == NodeKind.INSTITUTION || kind == NodeKind.INVESTOR) {
            orgs.add(new Profile.Org(id, id, Boolean.TRUE.equals(props.get("optedOut"))));
        }
        for (Value v : r.get("orgs").values()) {
            orgs.add(new Profile.Org(
                    v.get(0).asString(), v.get(0).asString(), v.get(1).asBoolean(false)));
        }
        List<Profile.Partner> partners = new ArrayList<>();
        for (Value v : r.get("partners").values()) {
            String partner = v.get(0).asString();
            partners.add(new Profile.Partner(
                    partner,
                    "",
                    NodeKind.byId(partner).orElse(null),
                    v.get(1).asString(),
                    v.get(2).asLong(0),
                    null));
        }
        List<Profile.Partner> coInvestors = new ArrayList<>();
        for (Value v : r.get("coInvestors").values()) {
            String via = v.get(1).asString();
            coInvestors.add(new Profile.Partner(
                    v.get(0).asString(),
                    "",
                    NodeKind.INVESTOR,
                    "INVESTED_IN",
                    v.get(2).asLong(0),
                    new Profile.Via(via, "", NodeKind.byId(via).orElse(null), "INVESTED_IN")));
        }
        return new Profile(
                id,
                kind,
                id,
                id,
                props,
                techs,
                scenarios,
                segments,
                regions,
                targetRegions,
                orgs,
                new LinkedHashSet<>(r.get("records").asList(Value::asString)),
                partners,
                coInvestors,
                measures(tax, direct, regionsOf(r)));
    }

    /** A node reached through another: its name is filled in for the page shown ({@link Profile#named}). */
    private static Profile.Via via(String id, String rel) {
        return new Profile.Via(id, id, NodeKind.byId(id).orElse(null), rel);
    }

    private static Profile.Tech tech(
            Taxonomies.Snapshot tax, String id, String rel, boolean mandatory, Profile.Via via) {
        Taxonomies.Tech t = tax.tech(id);
        return new Profile.Tech(
                id, t == null ? id : t.name(), t == null ? id : t.nameEn(), rel, mandatory, tax.techUp(id), via);
    }

    private static Profile.Scenario scenario(Taxonomies.Snapshot tax, String id, String rel, Profile.Via via) {
        Taxonomies.Scenario s = tax.scenario(id);
        return s == null
                ? new Profile.Scenario(id, id, id, null, rel, via)
                : new Profile.Scenario(id, s.name(), s.nameEn(), s.domain(), rel, via);
    }

    private static Profile.Segment segment(Taxonomies.Snapshot tax, String id, String rel, Profile.Via via) {
        Taxonomies.Segment c = tax.segment(id);
        return c == null
                ? new Profile.Segment(id, id, id, null, null, rel, via)
                : new Profile.Segment(id, c.name(), c.nameEn(), c.tier(), c.parent(), rel, via);
    }

    private static Profile.Region region(Taxonomies.Snapshot tax, String id, List<String> up) {
        Taxonomies.Region g = tax.region(id);
        return new Profile.Region(id, g == null ? id : g.name(), g == null ? id : g.nameEn(), up);
    }

    /**
     * Segments an actor is in through its technologies and products: for each segment the least (link type, node id)
     * that reaches it, segments in id order, at most 20.
     */
    private static List<Profile.Segment> segmentsVia(Taxonomies.Snapshot tax, List<String[]> rows) {
        java.util.TreeMap<String, String[]> least = new java.util.TreeMap<>();
        java.util.Comparator<String[]> order =
                java.util.Comparator.<String[], String>comparing(a -> a[1]).thenComparing(a -> a[2]);
        for (String[] row : rows) {
            least.merge(row[0], row, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        List<Profile.Segment> segments = new ArrayList<>();
        for (String[] row : least.values()) {
            if (segments.size() == 20) {
                break;
            }
            Profile.Via via = via(row[2], row[1]);
            Taxonomies.Tech t = tax.tech(row[2]);
            if (t != null) {
                via = new Profile.Via(row[2], t.name(), NodeKind.TECHNOLOGY, row[1]);
            }
            segments.add(segment(tax, row[0], "IN_SEGMENT", via));
        }
        return segments;
    }

    private static List<String> regionsOf(Record r) {
        List<String> located = new ArrayList<>();
        for (Value link : r.get("links").values()) {
            if (link.get(0).asString().equals("LOCATED_IN")) {
                located.add(link.get(1).asString());
            }
        }
        return located;
    }

    /**
     * The measures that concern an actor: those addressing a scenario it serves (or focuses on) or one of the same
     * domain, via the least (scenario, addressed scenario) pair; then those applying in a region it is located in,
     * once per region. Measures in id order.
     */
    private static List<Profile.Measure> measures(
            Taxonomies.Snapshot tax, List<Profile.Scenario> scenarios, List<String> located) {
        List<Profile.Measure> measures = new ArrayList<>();
        for (Taxonomies.Measure m : tax.measures()) {
            String[] best = null;
            for (Profile.Scenario s : scenarios) {
                if (s.via() != null) {
                    continue;
                }
                for (String addressed : m.addresses()) {
                    Taxonomies.Scenario d = tax.scenario(addressed);
                    if (d == null
                            || !(d.id().equals(s.id())
                                    || (d.domain() != null && d.domain().equals(s.domain())))) {
                        continue;
                    }
                    String[] pair = {s.id(), s.name(), d.id(), d.name()};
                    if (best == null || java.util.Arrays.compare(pair, best) < 0) {
                        best = pair;
                    }
                }
            }
            if (best != null) {
                measures.add(new Profile.Measure(
                        m.id(), m.name(), m.nameEn(), "scenario", best[0], best[1], best[2], best[3]));
            }
        }
        for (Taxonomies.Measure m : tax.measures()) {
            for (String region : located) {
                if (m.appliesIn().contains(region)) {
                    Taxonomies.Region g = tax.region(region);
                    String name = g == null ? region : g.name();
                    measures.add(
                            new Profile.Measure(m.id(), m.name(), m.nameEn(), "region", region, name, region, name));
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(measures));
    }

    private ProfileMapper() {}
}

package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.support.CypherFiles;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads for matching: profiles of a batch of actors, who holds a batch of technologies (serves scenarios, works with
 * partners) and the taxonomies held in memory, one statement each.
 */
@Repository
class MatchingRepository {

    private static final String PROFILES = CypherFiles.load("matching/profiles.cypher");
    private static final String TAXONOMIES = CypherFiles.load("matching/taxonomies.cypher");

    private final GraphGateway gateway;

    MatchingRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Profiles of the ids that exist, in the order asked; {@code source}: also read the co-investors in the same
     * statement (requests take a source's from {@link ProfileCache#source}, which reads them alongside). The
     * taxonomies are brought up to the change-log sequence read with the rows. Names of nodes other than taxonomy
     * terms are left as ids (see {@link #names} and {@link Profile#named}).
     */
    List<Profile> profiles(
            Collection<String> ids, boolean source, java.util.function.LongFunction<Taxonomies.Snapshot> taxonomies) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Profile> found = profiles(
                gateway.query("WITH $ids AS ids\n" + PROFILES, Map.of("ids", List.copyOf(ids), "isSource", source)),
                source,
                taxonomies);
        Map<String, Profile> byId = new HashMap<>();
        found.forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Profiles of the rows read, in row order, with the taxonomies brought up to the sequence read with them. */
    private static List<Profile> profiles(
            List<Record> rows, boolean source, java.util.function.LongFunction<Taxonomies.Snapshot> taxonomies) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Taxonomies.Snapshot snapshot =
                taxonomies.apply(rows.getFirst().get("sequence").asLong());
        List<Profile> profiles = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Profile p = profile(r, snapshot, source);
            if (p != null) {
                profiles.add(p);
            }
        }
        return profiles;
    }

    /** The technologies, scenarios, chain segments, regions and measures matching keeps in memory. */
    Taxonomies.Snapshot taxonomies() {
        Record r = gateway.query(TAXONOMIES, Map.of()).getFirst();
        return new Taxonomies.Snapshot(
                r.get("sequence").asLong(),
                r.get("techs")
                        .asList(v -> new Taxonomies.Tech(
                                v.get(0).asString(),
                                v.get(1).asString(v.get(0).asString()),
                                v.get(2).asString(""),
                                v.get(3).asList(Value::asString),
                                v.get(4).asList(Value::asString))),
                r.get("scenarios")
                        .asList(v -> new Taxonomies.Scenario(
                                v.get(0).asString(),
                                v.get(1).asString(""),
                                v.get(2).asString(""),
                                v.get(3).asString(null))),
                r.get("segments")
                        .asList(v -> new Taxonomies.Segment(
                                v.get(0).asString(),
                                v.get(1).asString(""),
                                v.get(2).asString(""),
                                v.get(3).asString(null),
                                v.get(4).asString(null))),
                r.get("regions")
                        .asList(v -> new Taxonomies.Region(
                                v.get(0).asString(),
                                v.get(1).asString(""),
                                v.get(2).asString(""),
                                v.get(3).asList(Value::asString))),
                r.get("measures")
                        .asList(v -> new Taxonomies.Measure(
                                v.get(0).asString(),
                                v.get(1).asString(""),
                                v.get(2).asString(""),
                                v.get(3).asList(Value::asString),
                                v.get(4).asList(Value::asString))));
    }

    // Labels and types are formatted in from the model (never from input), so that a hub technology's thousands of
    // skilled people are not walked when enterprises are wanted; opted-out actors and talent without consent never
    // come back. Seeds are found through the id index (`:Entity`), not by scanning their label.
    private static final String HOLDERS = """
            UNWIND $seeds AS seed
            MATCH (s:Entity {id: seed})
            WHERE %SEED%
            CALL (s) {
              MATCH (s)%LINK%(c:Entity)
              WHERE (%KINDS%) AND coalesce(c.optedOut, false) = false AND (NOT c:Talent OR c.consentToMatch = true)
              RETURN c LIMIT $perSource
            }
            RETURN seed, collect(c.id) AS holders
            """;

    /** The links from a candidate to a partner it is proposed through (co-investors' holdings included). */
    private static final String PARTNER_LINKS =
            "COLLABORATES_WITH|SUPPLIES|AFFILIATED_WITH|INVESTED_IN|RUNS|TRIALS_AT|LICENSED_TO";

    /**
     * For each seed, at most {@code perSource} of the actors of the given kinds it reaches the way given: holders of
     * a technology, servers of a scenario, partners of a partner (colleagues and an employer's other positions are
     * left out: the same organisation is never proposed). Seeds reaching none are left out.
     */
    Map<String, List<String>> holders(
            CandidateSources.Via via, List<NodeKind> kinds, List<String> seeds, int perSource) {
        if (seeds.isEmpty() || kinds.isEmpty()) {
            return Map.of();
        }
        String kindClause = kinds.stream().map(k -> "c:" + k.label()).collect(Collectors.joining(" OR "));
        String cypher = switch (via) {
            case TECHNOLOGY ->
                HOLDERS.replace("%SEED%", "s:Technology")
                        .replace(
                                "%LINK%",
                                "<-[:"
                                        + kinds.stream()
                                                .map(MatchingRepository::technologyType)
                                                .distinct()
                                                .collect(Collectors.joining("|"))
                                        + "]-");
            case SCENARIO -> HOLDERS.replace("%SEED%", "s:Scenario").replace("%LINK%", "<-[:SERVES|FOCUSES_ON]-");
            case PARTNER -> HOLDERS.replace("%SEED%", "true").replace("%LINK%", "-[:" + PARTNER_LINKS + "]-");
        };
        Map<String, List<String>> bySeed = new HashMap<>();
        gateway.query(cypher.replace("%KINDS%", kindClause), Map.of("seeds", seeds, "perSource", perSource))
                .forEach(r ->
                        bySeed.put(r.get("seed").asString(), r.get("holders").asList(Value::asString)));
        return bySeed;
    }

    private static final String CO_INVESTORS = """
            MATCH (n:Entity {id: $id})
            WHERE n:Investor
            MATCH (n)-[:INVESTED_IN]->(x:Entity)<-[:INVESTED_IN]-(i:Investor)
            WHERE i <> n
            WITH i, min(x.id) AS via
            RETURN i.id AS id, via, COUNT { (i)--() } AS degree
            LIMIT 40
            """;

    /**
     * An investor's co-investors (investors in something it invested in), each with the least shared investment and
     * its degree: what a source's profile holds beyond a candidate's (see {@code profiles.cypher}).
     */
    List<Profile.Partner> coInvestors(String investorId) {
        return gateway.query(CO_INVESTORS, Map.of("id", investorId)).stream()
                .map(r -> {
                    String via = r.get("via").asString();
                    return new Profile.Partner(
                            r.get("id").asString(),
                            "",
                            NodeKind.INVESTOR,
                            "INVESTED_IN",
                            r.get("degree").asLong(0),
                            new Profile.Via(via, "", NodeKind.byId(via).orElse(null), "INVESTED_IN"));
                })
                .toList();
    }

    private static final String NEIGHBOURS = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            WHERE NOT (n:Technology OR n:Scenario OR n:ChainSegment OR n:Region OR n:Measure)
            MATCH (n)--(m:Entity)
            RETURN DISTINCT m.id AS id
            """;

    /**
     * The neighbours of the given nodes, taxonomy terms left out as the node in the middle: a profile holds taxonomy
     * terms by id only (their names and broader terms come from {@link Taxonomies}), so a term's change makes none of
     * its holders' profiles stale, while any other node's change can make its neighbours' profiles stale.
     */
    List<String> neighbours(Collection<String> ids) {
        return ids(NEIGHBOURS, ids);
    }

    private static final String CO_INVESTORS_OF = """
            UNWIND $ids AS id
            MATCH (n:Investor {id: id})-[:INVESTED_IN]->(:Entity)<-[:INVESTED_IN]-(i:Investor)
            WHERE i <> n
            RETURN DISTINCT i.id AS id
            """;

    private static final String PROFILES_REACHED = NEIGHBOURS + "UNION\n" + CO_INVESTORS_OF;

    /**
     * Whose profiles a change to the given nodes can make stale besides their own, in one statement: their {@link
     * #neighbours}, and the co-investors of those that are investors (an investor's profile as a source lists its
     * co-investors with their degrees, two steps away).
     */
    List<String> profilesReached(Collection<String> ids) {
        return ids(PROFILES_REACHED, ids);
    }

    private List<String> ids(String statement, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return gateway.query(statement, Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /** How a kind links to the technologies it holds, offers or asks for. */
    static String technologyType(NodeKind kind) {
        return switch (kind) {
            case ENTERPRISE -> "DEVELOPS";
            case INSTITUTION -> "RESEARCHES";
            case TALENT -> "HAS_SKILL";
            case POSITION -> "REQUIRES_SKILL";
            case INVESTOR -> "FOCUSES_ON";
            default -> "USES_TECHNOLOGY";
        };
    }

    private static final Set<String> TECH_LINKS =
            Set.of("DEVELOPS", "RESEARCHES", "HAS_SKILL", "USES_TECHNOLOGY", "REQUIRES_SKILL", "FOCUSES_ON");
    /** The links through a technology that put an actor in that technology's chain segments. */
    private static final Set<String> SEGMENT_VIA_TECH =
            Set.of("DEVELOPS", "RESEARCHES", "HAS_SKILL", "USES_TECHNOLOGY", "REQUIRES_SKILL");

    // The lists keep the bounds and the order the one-statement-per-list version had: techs 60, reached ones 40 + 30,
    // scenarios 40 + 20, segments 20 + 20, regions 4, target regions 30.
    private static Profile profile(Record r, Taxonomies.Snapshot tax, boolean source) {
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
}

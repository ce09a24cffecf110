package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * terms are left as ids (see {@link PageNames} and {@link Profile#named}).
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
            Profile p = ProfileMapper.profile(r, snapshot, source);
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
}

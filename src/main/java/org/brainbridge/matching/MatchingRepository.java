package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.support.CypherFiles;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads for matching: profiles of a batch of actors and the candidates of one request, one statement each. */
@Repository
class MatchingRepository {

    private static final String PROFILES = CypherFiles.load("matching/profiles.cypher");
    private static final String CANDIDATES = CypherFiles.load("matching/candidates.cypher");

    private final GraphGateway gateway;

    MatchingRepository(GraphGateway gateway) {
        this.gateway = gateway;
    }

    /** Profiles of the ids that exist, in the order asked; {@code source}: also read what only a source needs. */
    List<Profile> profiles(Collection<String> ids, boolean source) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Profile> found = new HashMap<>();
        for (Record r : gateway.query(PROFILES, Map.of("ids", List.copyOf(ids), "source", source))) {
            Profile p = profile(r);
            if (p != null) {
                found.put(p.id(), p);
            }
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Candidate ids of the target kinds, most often reached first (bounded per source node and in all). */
    List<String> candidates(
            List<NodeKind> kinds,
            List<Map<String, Object>> techs,
            Collection<String> scenarios,
            Collection<String> partners,
            String source,
            int perSource,
            int limit) {
        if (limit < 1 || (techs.isEmpty() && scenarios.isEmpty() && partners.isEmpty())) {
            return List.of();
        }
        // Labels come from the NodeKind enum, never from input.
        String kindClause = kinds.stream().map(k -> "c:" + k.label()).collect(Collectors.joining(" OR "));
        String techTypes = kinds.stream()
                .map(MatchingRepository::technologyType)
                .distinct()
                .collect(Collectors.joining("|"));
        String cypher = CANDIDATES.replace("%KINDS%", kindClause).replace("%TECH_TYPES%", techTypes);
        Map<String, Object> params = new HashMap<>();
        params.put("techs", List.copyOf(techs));
        params.put("scenarios", List.copyOf(scenarios));
        params.put("partners", List.copyOf(partners));
        params.put("source", source);
        params.put("perSource", perSource);
        params.put("limit", limit);
        return gateway.query(cypher, params).stream()
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

    private static Profile profile(Record r) {
        NodeKind kind = NodeKind.byLabel(r.get("label").asString(null)).orElse(null);
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
        r.get("techs").asList(v -> v).forEach(v -> techs.add(tech(v)));
        r.get("viaTechs").asList(v -> v).forEach(v -> techs.add(tech(v)));
        return new Profile(
                r.get("id").asString(),
                kind,
                r.get("name").asString(r.get("id").asString()),
                r.get("nameEn").asString(r.get("id").asString()),
                props,
                techs,
                r.get("scenarios").asList(MatchingRepository::scenario),
                r.get("segments").asList(MatchingRepository::segment),
                r.get("regions").asList(MatchingRepository::region),
                r.get("targetRegions").asList(MatchingRepository::region),
                r.get("orgs")
                        .asList(v -> new Profile.Org(
                                v.get("id").asString(),
                                v.get("name").asString(""),
                                v.get("optedOut").asBoolean(false))),
                new LinkedHashSet<>(r.get("records").asList(Value::asString)),
                r.get("partners").asList(MatchingRepository::partner),
                r.get("coInvestors").asList(MatchingRepository::coInvestor),
                r.get("measures").asList(MatchingRepository::measure),
                r.get("degree").asLong());
    }

    private static Profile.Via via(Value v) {
        if (v.get("via").isNull()) {
            return null;
        }
        return new Profile.Via(
                v.get("via").asString(),
                v.get("viaName").asString(v.get("via").asString()),
                NodeKind.byLabel(v.get("viaLabel").asString("")).orElse(null),
                v.get("viaRel").asString(""));
    }

    private static Profile.Tech tech(Value v) {
        Map<String, Integer> up = new HashMap<>();
        for (Value pair : v.get("up").values()) {
            up.merge(pair.get(0).asString(), pair.get(1).asInt(), Math::min);
        }
        return new Profile.Tech(
                v.get("id").asString(),
                v.get("name").asString(""),
                v.get("nameEn").asString(""),
                v.get("rel").asString(""),
                v.get("mandatory").asBoolean(false),
                up,
                via(v));
    }

    private static Profile.Scenario scenario(Value v) {
        return new Profile.Scenario(
                v.get("id").asString(),
                v.get("name").asString(""),
                v.get("nameEn").asString(""),
                v.get("domain").asString(null),
                v.get("rel").asString("SERVES"),
                via(v));
    }

    private static Profile.Segment segment(Value v) {
        return new Profile.Segment(
                v.get("id").asString(),
                v.get("name").asString(""),
                v.get("nameEn").asString(""),
                v.get("tier").asString(null),
                v.get("parent").asString(null),
                v.get("rel").asString("IN_SEGMENT"),
                via(v));
    }

    private static Profile.Region region(Value v) {
        return new Profile.Region(
                v.get("id").asString(),
                v.get("name").asString(""),
                v.get("nameEn").asString(""),
                v.get("up").asList(Value::asString));
    }

    private static Profile.Partner partner(Value v) {
        return new Profile.Partner(
                v.get("id").asString(),
                v.get("name").asString(""),
                NodeKind.byLabel(v.get("label").asString("")).orElse(null),
                v.get("rel").asString(""),
                v.get("degree").asLong(0),
                null);
    }

    private static Profile.Partner coInvestor(Value v) {
        return new Profile.Partner(
                v.get("id").asString(),
                v.get("name").asString(""),
                NodeKind.INVESTOR,
                "INVESTED_IN",
                v.get("degree").asLong(0),
                new Profile.Via(
                        v.get("via").asString(),
                        v.get("viaName").asString(""),
                        NodeKind.byLabel(v.get("viaLabel").asString("")).orElse(null),
                        "INVESTED_IN"));
    }

    private static Profile.Measure measure(Value v) {
        return new Profile.Measure(
                v.get("id").asString(),
                v.get("name").asString(""),
                v.get("nameEn").asString(""),
                v.get("scope").asString(""),
                v.get("via").asString(""),
                v.get("viaName").asString(""),
                v.get("target").asString(""),
                v.get("targetName").asString(""));
    }
}

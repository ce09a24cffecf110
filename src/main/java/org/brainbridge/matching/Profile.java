package org.brainbridge.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/**
 * What matching knows of one actor, read in one batch statement ({@code cypher/matching/profiles.cypher}) and the
 * in-memory taxonomies. Ranking needs ids only, so the names of the actor and of the nodes it is linked through are
 * ids until {@link #named} fills them in for the page shown. A person is named by headline here, never by name.
 */
record Profile(
        String id,
        NodeKind kind,
        String name,
        String nameEn,
        Map<String, Object> props,
        List<Tech> techs,
        List<Scenario> scenarios,
        List<Segment> segments,
        List<Region> regions,
        List<Region> targetRegions,
        List<Org> orgs,
        Set<String> records,
        List<Partner> partners,
        List<Partner> coInvestors,
        List<Measure> measures) {

    /**
     * Technologies are held once per id, a direct link preferred over one through a product, project, patent or
     * person: scoring compares terms, and a held profile is scored request after request.
     */
    Profile {
        Map<String, Tech> byId = new java.util.LinkedHashMap<>();
        for (Tech t : techs) {
            byId.merge(t.id(), t, (a, b) -> a.via() == null ? a : b);
        }
        techs = byId.size() == techs.size() ? techs : List.copyOf(byId.values());
    }

    /** A node an attribute was reached through (a product's technology, a project's scenario). */
    record Via(String id, String name, NodeKind kind, String rel) {}

    /**
     * A technology of the actor; {@code up} maps each broader technology to its distance; {@code via} is null when
     * the actor links to it directly.
     */
    record Tech(
            String id, String name, String nameEn, String rel, boolean mandatory, Map<String, Integer> up, Via via) {}

    /** A neighbour a profile reaches directly or through an intermediate node: the ends of a path through it. */
    interface Reached {
        String id();

        String name();

        String rel();

        Via via();
    }

    record Scenario(String id, String name, String nameEn, String domain, String rel, Via via) implements Reached {}

    record Segment(String id, String name, String nameEn, String tier, String parent, String rel, Via via)
            implements Reached {}

    record Region(String id, String name, String nameEn, List<String> up) {}

    record Org(String id, String name, boolean optedOut) {}

    record Partner(String id, String name, NodeKind kind, String rel, long degree, Via via) {}

    record Measure(
            String id,
            String name,
            String nameEn,
            String scope,
            String viaId,
            String viaName,
            String targetId,
            String targetName) {}

    Object prop(String key) {
        return props.get(key);
    }

    String text(String key) {
        Object v = props.get(key);
        return v == null ? null : v.toString();
    }

    Double number(String key) {
        return props.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(props.get(key));
    }

    /** This profile with the co-investors a source's profile also holds. */
    Profile withCoInvestors(List<Partner> found) {
        return new Profile(
                id,
                kind,
                name,
                nameEn,
                props,
                techs,
                scenarios,
                segments,
                regions,
                targetRegions,
                orgs,
                records,
                partners,
                List.copyOf(found),
                measures);
    }

    /**
     * The same profile with the display names of the actor and of the nodes it reaches others through ({@code names}:
     * id → {name, English name}, as {@link PageNames} finds them).
     */
    Profile named(Map<String, String[]> names) {
        String[] own = names.get(id);
        return new Profile(
                id,
                kind,
                own == null || own[0] == null ? id : own[0],
                own == null || own[1] == null ? id : own[1],
                props,
                techs.stream()
                        .map(t -> new Tech(
                                t.id(),
                                t.name(),
                                t.nameEn(),
                                t.rel(),
                                t.mandatory(),
                                t.up(),
                                named(
                                        t.via(),
                                        names,
                                        t.via() == null ? null : t.via().id())))
                        .toList(),
                scenarios.stream()
                        .map(s -> new Scenario(
                                s.id(),
                                s.name(),
                                s.nameEn(),
                                s.domain(),
                                s.rel(),
                                named(
                                        s.via(),
                                        names,
                                        s.via() == null ? null : s.via().id())))
                        .toList(),
                segments.stream()
                        .map(c -> new Segment(
                                c.id(),
                                c.name(),
                                c.nameEn(),
                                c.tier(),
                                c.parent(),
                                c.rel(),
                                c.via() != null && c.via().kind() == NodeKind.TECHNOLOGY
                                        ? c.via()
                                        : named(
                                                c.via(),
                                                names,
                                                c.via() == null ? null : c.via().id())))
                        .toList(),
                regions,
                targetRegions,
                orgs,
                records,
                partners.stream()
                        .map(p -> new Partner(p.id(), name(names, p.id(), ""), p.kind(), p.rel(), p.degree(), p.via()))
                        .toList(),
                coInvestors.stream()
                        .map(p -> new Partner(
                                p.id(),
                                name(names, p.id(), ""),
                                p.kind(),
                                p.rel(),
                                p.degree(),
                                named(p.via(), names, "")))
                        .toList(),
                measures);
    }

    /** The ids whose names {@link #named} looks up: the actor and every node it links to others through. */
    Set<String> namedIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(id);
        techs.forEach(t -> viaId(t.via(), ids));
        scenarios.forEach(s -> viaId(s.via(), ids));
        segments.forEach(c -> viaId(c.via(), ids));
        partners.forEach(p -> ids.add(p.id()));
        coInvestors.forEach(p -> {
            ids.add(p.id());
            viaId(p.via(), ids);
        });
        return ids;
    }

    private static void viaId(Via via, Set<String> ids) {
        if (via != null && via.kind() != NodeKind.TECHNOLOGY) {
            ids.add(via.id());
        }
    }

    private static Via named(Via via, Map<String, String[]> names, String fallback) {
        return via == null ? null : new Via(via.id(), name(names, via.id(), fallback), via.kind(), via.rel());
    }

    private static String name(Map<String, String[]> names, String id, String fallback) {
        String[] name = names.get(id);
        return name == null || name[0] == null ? fallback : name[0];
    }

    Set<String> orgIds() {
        return orgs.stream().map(Org::id).collect(java.util.stream.Collectors.toSet());
    }
}

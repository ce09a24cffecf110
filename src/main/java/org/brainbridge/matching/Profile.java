package org.brainbridge.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/**
 * What matching knows of one actor, read in one batch statement ({@code cypher/matching/profiles.cypher}). A person
 * is named by headline here, never by name.
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
        List<Measure> measures,
        long degree) {

    /** A node an attribute was reached through (a product's technology, a project's scenario). */
    record Via(String id, String name, NodeKind kind, String rel) {}

    /**
     * A technology of the actor; {@code up} maps each broader technology to its distance; {@code via} is null when
     * the actor links to it directly.
     */
    record Tech(
            String id, String name, String nameEn, String rel, boolean mandatory, Map<String, Integer> up, Via via) {}

    record Scenario(String id, String name, String nameEn, String domain, String rel, Via via) {}

    record Segment(String id, String name, String nameEn, String tier, String parent, String rel, Via via) {}

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

    Set<String> orgIds() {
        return orgs.stream().map(Org::id).collect(java.util.stream.Collectors.toSet());
    }
}

package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.matching.Match.MatchGap;

/**
 * The profile factor: how the two actors' own facts fit for the journey (an investor's stages, ticket size and target
 * regions against a project; a position's degree, experience and place against a talent; otherwise place and, for
 * similar actors, stage, size and readiness). Each part is 0..1 and the factor is their mean (docs/matching.md).
 */
final class ProfileFactor {

    private static final List<String> DEGREES = List.of("associate", "bachelor", "master", "phd");
    private static final List<String> STAGES =
            List.of("seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo", "listed", "mature");

    private final Journey journey;
    private final Profile source;
    private final boolean explain;

    ProfileFactor(Journey journey, Profile source, boolean explain) {
        this.journey = journey;
        this.source = source;
        this.explain = explain;
    }

    /** The profile factor of a candidate (into {@code values}), with its reasons and, when explaining, its gaps. */
    void score(Profile c, Map<MatchFactor, Double> values, Map<MatchFactor, String[]> details, List<MatchGap> gaps) {
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
                sameCity(c, parts, zh, en);
            }
            default -> {
                sameCity(c, parts, zh, en);
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

    /** How close the two are by region, when both have one; "same city" when they share it. */
    private void sameCity(Profile c, List<Double> parts, List<String> zh, List<String> en) {
        if (source.regions().isEmpty() || c.regions().isEmpty()) {
            return;
        }
        double r = Proximity.closeness(source.regions(), c.regions());
        parts.add(r);
        if (r >= 0.8) {
            zh.add("同城");
            en.add("same city");
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
}

package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brainbridge.generator.Needs.Need;
import org.brainbridge.generator.Taxonomy.Segment;
import org.brainbridge.generator.Themes.Theme;

/**
 * Which technologies, skills and chain segments belong to each theme and need, worked out once from the taxonomy
 * by keyword. Lists are ordered curated terms first (broad ones before narrow ones, as the taxonomy lists them),
 * generated sub-technologies after: drawing from them with a Zipf law makes the curated terms the hubs.
 */
final class Catalog {

    final TechTree techs;
    final List<Segment> segments = new ArrayList<>();
    final int[][] themeTechs = new int[Themes.ALL.size()][];
    final int[][] themeSegments = new int[Themes.ALL.size()][];
    final int[][] needTechs = new int[Needs.ALL.size()][];
    private final List<Integer> domainTechs = new ArrayList<>();
    private final Map<List<String>, int[]> skillCache = new HashMap<>();
    private final int[] techSegment;

    Catalog(Taxonomy taxonomy, TechTree techs) {
        this.techs = techs;
        taxonomy.segments.stream().filter(s -> s.parent() != null).forEach(segments::add);
        techSegment = new int[techs.size()];
        for (int i = 0; i < techs.size(); i++) {
            techSegment[i] = -1;
            for (int s = 0; s < segments.size(); s++) {
                if (segments.get(s).id().equals(techs.segment.get(i))) {
                    techSegment[i] = s;
                }
            }
        }
        for (int i = 0; i < techs.curated; i++) {
            if (techs.parent.get(i) >= 0 && !techs.inSkillTree(i)) {
                domainTechs.add(i);
            }
        }
        for (int t = 0; t < Themes.ALL.size(); t++) {
            Theme theme = Themes.ALL.get(t);
            Set<Integer> matched = new LinkedHashSet<>();
            for (int i : domainTechs) {
                String text = techs.text(i);
                if (theme.techKw().stream().anyMatch(text::contains)
                        && theme.techNeg().stream().noneMatch(text::contains)) {
                    matched.add(i);
                }
            }
            if (matched.isEmpty()) {
                matched.addAll(domainTechs.subList(0, Math.min(4, domainTechs.size())));
            }
            themeTechs[t] = withDescendants(matched);
            themeSegments[t] = segmentsMatching(theme.segKw());
        }
        for (int n = 0; n < Needs.ALL.size(); n++) {
            Need need = Needs.ALL.get(n);
            Set<Integer> matched = new LinkedHashSet<>();
            for (String kw : need.techKw()) {
                domainTechs.stream()
                        .filter(i -> techs.text(i).contains(kw.toLowerCase(Locale.ROOT)))
                        .limit(2)
                        .forEach(matched::add);
            }
            needTechs[n] = withDescendants(matched.stream().limit(3).toList());
        }
    }

    /** The terms, then every generated term below one of them. */
    private int[] withDescendants(java.util.Collection<Integer> terms) {
        Set<Integer> out = new LinkedHashSet<>(terms);
        for (int i = techs.curated; i < techs.size(); i++) {
            for (int p = techs.parent.get(i); p >= 0; p = techs.parent.get(p)) {
                if (terms.contains(p)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] segmentsMatching(List<String> keywords) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String kw : keywords) {
            for (int s = 0; s < segments.size(); s++) {
                Segment seg = segments.get(s);
                if ((seg.name() + " " + seg.nameEn()).toLowerCase(Locale.ROOT).contains(kw)) {
                    out.add(s);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(0);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Skill terms matching the keywords (the first match of each, terms of the skills tree before skills elsewhere),
     * then the tools below them.
     */
    synchronized int[] skills(List<String> keywords) {
        return skillCache.computeIfAbsent(keywords, kws -> {
            Set<Integer> matched = new LinkedHashSet<>();
            for (String kw : kws) {
                String k = kw.toLowerCase(Locale.ROOT);
                int found = -1;
                for (int i = 0; i < techs.curated && found < 0; i++) {
                    if (techs.skill.get(i)
                            && techs.inSkillTree(i)
                            && techs.text(i).contains(k)) {
                        found = i;
                    }
                }
                for (int i = 0; i < techs.curated && found < 0; i++) {
                    if (techs.skill.get(i) && techs.text(i).contains(k)) {
                        found = i;
                    }
                }
                if (found >= 0) {
                    matched.add(found);
                }
            }
            Set<Integer> out = new LinkedHashSet<>(matched);
            for (int i = techs.curated; i < techs.size(); i++) {
                if (techs.skill.get(i) && matched.contains(techs.parent.get(i))) {
                    out.add(i);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** Zipf exponent and offset for drawing a theme's technologies: the curated terms come out about 70 % of draws. */
    private static final double TECH_S = 1.1;

    private static final double TECH_Q = 1.5;

    /** A technology of the theme. */
    int themeTech(int theme, Rand r) {
        return r.zipfOf(themeTechs[theme], TECH_S, TECH_Q);
    }

    /** Up to k distinct technologies of the theme. */
    int[] themeTechs(int theme, int k, Rand r) {
        return r.distinct(themeTechs[theme], k, TECH_S, TECH_Q);
    }

    /** The chain segment a technology belongs to (its own or its nearest ancestor's), as an index, or -1. */
    int segmentOf(int tech) {
        return techSegment[tech];
    }

    /** 0 upstream, 1 midstream, 2 downstream. */
    int tier(int segment) {
        String tier = segments.get(segment).tier();
        return "upstream".equals(tier) ? 0 : "midstream".equals(tier) ? 1 : 2;
    }

    String segmentId(int segment) {
        return segments.get(segment).id();
    }
}

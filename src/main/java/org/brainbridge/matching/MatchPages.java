package org.brainbridge.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.matching.Match.FactorContribution;
import org.brainbridge.matching.Match.MatchPath;
import org.brainbridge.search.TextSimilarity;
import org.brainbridge.support.InvalidArgumentException;
import org.brainbridge.support.Page;

/**
 * A ranking made into the page asked for: weighted scores, the page's matches explained (evidence paths, reasons,
 * shared words, gaps) and the opaque cursors of the next page.
 */
final class MatchPages {

    /** A candidate's factors and its weighted score, with the factors by contribution. */
    record Ranked(Scorer.Scored scored, double score, List<FactorContribution> factors) {}

    /** The weighted score of a candidate's factors. */
    static Ranked rank(Scorer.Scored s, Weights weights) {
        List<FactorContribution> factors = new ArrayList<>();
        double score = 0;
        for (MatchFactor f : MatchFactor.values()) {
            double value = s.values().getOrDefault(f, 0.0);
            double w = weights.of(f);
            double contribution = value * w;
            score += contribution;
            factors.add(new FactorContribution(f, value, w, contribution, f == MatchFactor.POLICY));
        }
        factors.sort(
                Comparator.comparingDouble(FactorContribution::contribution).reversed());
        return new Ranked(s, score, List.copyOf(factors));
    }

    /**
     * One page of a ranking with its explanations. Ranking ran on profiles without names and built no evidence; the
     * page's matches are scored again with evidence, which tells whose names the page shows, then once more on
     * profiles named in one statement (the values are the same each time).
     */
    static MatchPage page(
            PageNames pageNames,
            Journey journey,
            Profile source,
            List<Ranked> ordered,
            int offset,
            int size,
            Weights used,
            Map<String, TextSimilarity.Hit> textHits,
            double textTop) {
        int end = Math.min(ordered.size(), offset + size);
        Set<String> named = new LinkedHashSet<>();
        named.add(source.id());
        Scorer unnamed = new Scorer(journey, source);
        for (int i = offset; i < end; i++) {
            Profile candidate = ordered.get(i).scored().candidate();
            Scorer.Scored s = unnamed.score(candidate, textHits.get(candidate.id()), textTop);
            s.paths()
                    .values()
                    .forEach(paths -> paths.forEach(p -> p.nodes().forEach(n -> {
                        if (!Taxonomies.holds(n.kind())) {
                            named.add(n.id());
                        }
                    })));
        }
        Map<String, String[]> names = end > offset ? pageNames.of(named) : Map.of();
        Scorer explain = new Scorer(journey, source.named(names));
        List<Match> nodes = new ArrayList<>();
        for (int i = offset; i < end; i++) {
            Ranked r = ordered.get(i);
            Profile candidate = r.scored().candidate();
            Scorer.Scored s = explain.score(candidate.named(names), textHits.get(candidate.id()), textTop);
            List<MatchPath> paths = new ArrayList<>();
            for (FactorContribution f : r.factors()) {
                if (f.contribution() > 0) {
                    paths.addAll(s.paths().getOrDefault(f.factor(), List.of()));
                }
            }
            TextSimilarity.Hit hit = textHits.get(candidate.id());
            List<String> terms =
                    hit == null ? List.of() : hit.terms().stream().limit(12).toList();
            Map<MatchFactor, String[]> details = new java.util.EnumMap<>(MatchFactor.class);
            details.putAll(s.details());
            if (!terms.isEmpty()) {
                List<String> shown = terms.subList(0, Math.min(4, terms.size()));
                details.put(MatchFactor.TEXT, new String[] {String.join("、", shown), String.join(", ", shown)});
            }
            String[] reason = Reasons.of(r.factors(), details);
            nodes.add(new Match(
                    s.candidate().id(),
                    s.candidate().kind(),
                    i + 1,
                    r.score(),
                    r.factors(),
                    List.copyOf(paths),
                    terms,
                    s.gaps(),
                    reason[0],
                    reason[1]));
        }
        boolean more = end < ordered.size() && end < MatchingService.MAX_OFFSET;
        return new MatchPage(
                source.id(), journey, nodes, new Page.PageInfo(more, more ? cursor(end) : null), ordered.size(), used);
    }

    static int pageSize(Integer first) {
        int size = first == null ? 10 : first;
        if (size < 1 || size > MatchingService.MAX_FIRST) {
            throw new InvalidArgumentException(
                    "first",
                    "Argument 'first' must be between 1 and %d, was %d".formatted(MatchingService.MAX_FIRST, size));
        }
        return size;
    }

    static int offset(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith("rank:")) {
                int offset = Integer.parseInt(decoded.substring("rank:".length()));
                if (offset >= 0 && offset <= MatchingService.MAX_OFFSET) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: not a cursor we issued
        }
        throw new InvalidArgumentException("after", "Argument 'after' is not a match cursor this API issued");
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("rank:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private MatchPages() {}
}

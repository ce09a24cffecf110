package org.brainbridge.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.search.TextSimilarity;
import org.brainbridge.support.InvalidArgumentException;
import org.springframework.stereotype.Service;

/**
 * The matchmaking journeys. Per request: the source's profile (held by {@link ProfileCache}, an investor's with its
 * co-investors), candidates from bounded sources (the graph's from lists held by {@link
 * CandidateSources}, one Lucene query for text), the candidates' profiles (held; those not held in one {@code UNWIND}
 * statement), hard rules, then the factors, the weighted score, a diversified order and the explanations (names from
 * the catalog's node cache, {@link PageNames}). Public for the GraphQL controller and for evaluation commands, which
 * call {@link #match} or {@link #textOnly} directly.
 */
@Service
public class MatchingService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchingService.class);

    public static final int MAX_FIRST = 50;
    static final int MAX_OFFSET = 200;

    private final MatchingRepository repository;
    private final Taxonomies taxonomies;
    private final TextSimilarity text;
    private final MatchingProperties properties;
    private final ProfileCache profiles;
    private final CandidateSources sources;
    private final PageNames pageNames;

    MatchingService(
            MatchingRepository repository,
            Taxonomies taxonomies,
            ProfileCache profiles,
            CandidateSources sources,
            PageNames pageNames,
            TextSimilarity text,
            MatchingProperties properties) {
        this.repository = repository;
        this.taxonomies = taxonomies;
        this.profiles = profiles;
        this.sources = sources;
        this.pageNames = pageNames;
        this.text = text;
        this.properties = properties;
    }

    /** The configured weights of a journey (not normalised). */
    public Weights configuredWeights(Journey journey) {
        return properties.weights().of(journey);
    }

    /** Investor → projects and enterprises. */
    public MatchPage investorMatches(String investorId, Map<String, ?> weights, int first) {
        return match(Journey.INVESTOR, investorId, weights, first, null);
    }

    /** Institution → enterprises. */
    public MatchPage partnerMatches(String institutionId, Map<String, ?> weights, int first) {
        return match(Journey.PARTNER, institutionId, weights, first, null);
    }

    /** Enterprise → institutions. */
    public MatchPage institutionMatches(String enterpriseId, Map<String, ?> weights, int first) {
        return match(Journey.INSTITUTION, enterpriseId, weights, first, null);
    }

    /** Position → talent. */
    public MatchPage candidateMatches(String positionId, Map<String, ?> weights, int first) {
        return match(Journey.CANDIDATE, positionId, weights, first, null);
    }

    /** Talent → positions. */
    public MatchPage positionMatches(String talentId, Map<String, ?> weights, int first) {
        return match(Journey.POSITION, talentId, weights, first, null);
    }

    /** The actors of the same kind most like this one. */
    public MatchPage similar(String id, Map<String, ?> weights, int first) {
        return match(Journey.SIMILAR, id, weights, first, null);
    }

    /** The first page of a journey's matches with exactly these weights (for tuning them in an evaluation). */
    public MatchPage match(Journey journey, String sourceId, Weights weights, int first) {
        Map<String, Double> all = new java.util.LinkedHashMap<>();
        for (MatchFactor f : MatchFactor.values()) {
            all.put(f.name().toLowerCase(java.util.Locale.ROOT), weights.of(f));
        }
        return match(journey, sourceId, all, first, null);
    }

    /**
     * One page of a journey's matches. {@code weights} overrides the configured weights by factor name (technology,
     * scenario, chain, profile, text, graph, policy); {@code after} is a cursor from an earlier page.
     */
    public MatchPage match(Journey journey, String sourceId, Map<String, ?> weights, Integer first, String after) {
        int size = MatchPages.pageSize(first);
        int offset = MatchPages.offset(after);
        Weights used = properties.weights().of(journey).with(weights).normalised();
        long started = System.nanoTime();
        Candidates found = candidates(journey, sourceId);
        long candidatesRead = System.nanoTime();
        Profile source = found.source();
        List<Profile> candidates = found.profiles();
        Map<String, TextSimilarity.Hit> byId = found.text();
        double textTop = found.textTop();

        // Ranking needs the values only; the page's evidence is built afterwards (see page).
        Scorer scorer = new Scorer(journey, source, false);
        List<MatchPages.Ranked> ranked = new ArrayList<>();
        for (Profile c : candidates) {
            Scorer.Scored s = scorer.score(c, byId.get(c.id()), textTop);
            ranked.add(MatchPages.rank(s, used));
        }
        ranked.sort(Comparator.comparingDouble(MatchPages.Ranked::score)
                .reversed()
                .thenComparing(r -> r.scored().candidate().id()));
        List<Diversity.Item<MatchPages.Ranked>> items = ranked.stream()
                .map(r -> new Diversity.Item<>(
                        r,
                        r.score(),
                        r.scored().candidate().orgIds(),
                        r.scored().topTechnology(),
                        r.scored().candidate().regions().isEmpty()
                                ? null
                                : r.scored().candidate().regions().getFirst().id()))
                .toList();
        List<MatchPages.Ranked> ordered = Diversity.rerank(items, properties.diversity(), offset + size);
        long rankedAt = System.nanoTime();
        MatchPage page = MatchPages.page(pageNames, journey, source, ordered, offset, size, used, byId, textTop);
        if (log.isDebugEnabled()) {
            log.debug(
                    "{} {}: {} candidates read in {} ms, ranked in {} ms, page explained in {} ms",
                    journey,
                    sourceId,
                    candidates.size(),
                    (candidatesRead - started) / 1_000_000,
                    (rankedAt - candidatesRead) / 1_000_000,
                    (System.nanoTime() - rankedAt) / 1_000_000);
        }
        return page;
    }

    /**
     * Of the given ids, those the hard rules allow as matches for the source, in the order given: for evaluation
     * baselines that propose their own candidates (random, most connected), so that they are held to the same rules.
     */
    public List<String> allowed(Journey journey, String sourceId, List<String> ids) {
        Profile source = source(journey, sourceId);
        List<NodeKind> targets = journey.targets(source.kind());
        return repository.profiles(ids, false, taxonomies::at).stream()
                .filter(c -> HardRules.allows(source, c, targets))
                .map(Profile::id)
                .toList();
    }

    /** One candidate that passed the hard rules, with the value (0..1) of every factor. */
    public record ScoredCandidate(String id, NodeKind kind, Map<MatchFactor, Double> values) {}

    /**
     * Every candidate of a request with its factor values, before weighting and diversification: for tuning the
     * weights offline in an evaluation (a weighted sum of these values is the score {@link #match} ranks by).
     */
    public List<ScoredCandidate> scoredCandidates(Journey journey, String sourceId) {
        Candidates c = candidates(journey, sourceId);
        Scorer scorer = new Scorer(journey, c.source(), false);
        return c.profiles().stream()
                .map(p -> {
                    Scorer.Scored s = scorer.score(p, c.text().get(p.id()), c.textTop());
                    return new ScoredCandidate(p.id(), p.kind(), Map.copyOf(s.values()));
                })
                .toList();
    }

    /**
     * The text-only baseline: candidates and order from Lucene similarity alone (after the same hard rules), no
     * other factor and no diversification. For evaluation against {@link #match}.
     */
    public MatchPage textOnly(Journey journey, String sourceId, int first) {
        int size = MatchPages.pageSize(first);
        Weights used = Weights.textOnly();
        Profile source = source(journey, sourceId);
        List<NodeKind> targets = journey.targets(source.kind());
        String sourceText = text.textOf(source.id());
        List<TextSimilarity.Hit> hits =
                text.similar(sourceText, targets, List.of(source.id()), properties.textCandidates());
        double top = hits.isEmpty() ? 0 : hits.getFirst().score();
        Map<String, Profile> profiles = new HashMap<>();
        repository
                .profiles(hits.stream().map(TextSimilarity.Hit::id).toList(), false, taxonomies::at)
                .forEach(p -> profiles.put(p.id(), p));
        List<MatchPages.Ranked> ranked = new ArrayList<>();
        Scorer scorer = new Scorer(journey, source, false);
        for (TextSimilarity.Hit h : hits) {
            Profile c = profiles.get(h.id());
            if (c != null && HardRules.allows(source, c, targets)) {
                ranked.add(MatchPages.rank(scorer.score(c, h, top), used));
            }
        }
        Map<String, TextSimilarity.Hit> byId = new HashMap<>();
        hits.forEach(h -> byId.put(h.id(), h));
        return MatchPages.page(pageNames, journey, source, ranked, 0, size, used, byId, top);
    }

    /** The source and the candidates that passed the hard rules, with their text scores and shared words. */
    private record Candidates(
            Profile source, List<Profile> profiles, Map<String, TextSimilarity.Hit> text, double textTop) {}

    private Candidates candidates(Journey journey, String sourceId) {
        long started = System.nanoTime();
        Profile source = source(journey, sourceId);
        long sourceRead = System.nanoTime();
        List<NodeKind> targets = journey.targets(source.kind());
        String sourceText = text.textOf(source.id());
        List<TextSimilarity.Hit> textHits =
                text.similar(sourceText, targets, List.of(source.id()), properties.textCandidates());
        long textFound = System.nanoTime();
        double textTop = textHits.isEmpty() ? 0 : textHits.getFirst().score();
        Map<String, TextSimilarity.Hit> byId = new HashMap<>();
        textHits.forEach(h -> byId.put(h.id(), h));

        Taxonomies.Snapshot snapshot = taxonomies.at(sources.sequence());
        List<String> found = sources.ids(
                targets,
                textHits.stream().map(TextSimilarity.Hit::id).toList(),
                seedTechnologies(source),
                source.scenarios().stream().map(Profile.Scenario::id).distinct().toList(),
                seedPartners(source),
                source.id(),
                snapshot);
        List<Profile> candidates = profiles.candidates(found, snapshot).stream()
                .filter(c -> HardRules.allows(source, c, targets))
                .toList();
        List<String> unscored = candidates.stream()
                .map(Profile::id)
                .filter(id -> !byId.containsKey(id))
                .toList();
        long graphRead = System.nanoTime();
        if (textTop > 0 && !unscored.isEmpty()) {
            text.scores(sourceText, targets, unscored).forEach(h -> byId.put(h.id(), h));
        }
        if (log.isDebugEnabled()) {
            log.debug(
                    "{} {}: source {} ms, text candidates {} ms, graph candidates and their profiles {} ms, text scores {} ms",
                    journey,
                    sourceId,
                    (sourceRead - started) / 1_000_000,
                    (textFound - sourceRead) / 1_000_000,
                    (graphRead - textFound) / 1_000_000,
                    (System.nanoTime() - graphRead) / 1_000_000);
        }
        return new Candidates(source, candidates, byId, textTop);
    }

    private Profile source(Journey journey, String sourceId) {
        Profile source = profiles.source(sourceId)
                .orElseThrow(() -> new InvalidArgumentException(
                        journey.argument(),
                        "Argument '%s': no node with id '%s'".formatted(journey.argument(), sourceId)));
        if (!journey.sources().contains(source.kind())) {
            throw new InvalidArgumentException(
                    journey.argument(),
                    "Argument '%s': '%s' is a %s; it takes %s"
                            .formatted(
                                    journey.argument(),
                                    sourceId,
                                    source.kind().en().toLowerCase(java.util.Locale.ROOT),
                                    journey.sources().stream()
                                            .map(k -> k.en().toLowerCase(java.util.Locale.ROOT))
                                            .sorted()
                                            .reduce((a, b) -> a + " or " + b)
                                            .orElse("")));
        }
        if (source.kind() == NodeKind.TALENT && !HardRules.matchable(source)) {
            throw new InvalidArgumentException(
                    journey.argument(),
                    "Argument '%s': talent '%s' has not consented to matching or has opted out"
                            .formatted(journey.argument(), sourceId));
        }
        return source;
    }

    /**
     * The technologies to look for holders of, each with how many steps of narrower terms to follow: the source's own
     * (two steps down: what an investor focuses on, a lab researches or a position asks for includes its sub-fields),
     * their direct broader terms and those reached through its products and people (one step down).
     */
    private static Map<String, Integer> seedTechnologies(Profile source) {
        Map<String, Integer> down = new java.util.LinkedHashMap<>();
        source.techs().stream().filter(t -> t.via() == null).forEach(t -> {
            down.merge(t.id(), 2, Math::max);
            t.up().forEach((id, d) -> {
                if (d == 1) {
                    down.merge(id, 1, Math::max);
                }
            });
        });
        source.techs().stream().filter(t -> t.via() != null).limit(10).forEach(t -> down.merge(t.id(), 1, Math::max));
        return down;
    }

    private static List<String> seedPartners(Profile source) {
        Set<String> ids = new LinkedHashSet<>();
        source.partners().forEach(p -> ids.add(p.id()));
        source.coInvestors().forEach(p -> ids.add(p.id()));
        return List.copyOf(ids);
    }

    /** The ids of a page, best first. */
    static List<String> ids(MatchPage page) {
        return page.nodes().stream().map(Match::id).toList();
    }
}

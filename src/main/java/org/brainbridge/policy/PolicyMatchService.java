package org.brainbridge.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.support.ForbiddenException;
import org.brainbridge.support.InvalidArgumentException;
import org.brainbridge.support.Page;
import org.springframework.stereotype.Service;

/**
 * Which measures of the policy apply to an actor, criterion by criterion. The criteria come from the criteria file
 * (held in memory); the actor's facts from one graph statement, kept in memory until a change reaches them ({@link
 * ActorFactsCache}), and the measures with their bodies and support from memory ({@link PolicyData}), so the cost does
 * not grow with the number of criteria. Other features (matching's "policy synergy") call {@link #match}.
 */
@Service
public class PolicyMatchService {

    private final CriteriaStore store;
    private final ActorFactsCache actorFacts;
    private final PolicyData policyData;

    PolicyMatchService(CriteriaStore store, ActorFactsCache actorFacts, PolicyData policyData) {
        this.store = store;
        this.actorFacts = actorFacts;
        this.policyData = policyData;
    }

    /**
     * Every measure judged for the actor, in measure order.
     *
     * @throws InvalidArgumentException (argument {@code entityId}) for an unknown id or a node that is not an actor
     * @throws ForbiddenException for a talent who has not consented to matching or has opted out
     */
    public PolicyMatches match(String entityId) {
        if (entityId == null || entityId.isBlank()) {
            throw new InvalidArgumentException("entityId", "Argument 'entityId' must name an actor");
        }
        if (!store.loaded()) {
            throw new InvalidArgumentException(
                    "entityId",
                    "Policy matching is off: no criteria file was loaded (see brainbridge.policy.criteria)");
        }
        NodeKind kind = NodeKind.byId(entityId)
                .orElseThrow(
                        () -> new InvalidArgumentException("entityId", "No node with id '%s'".formatted(entityId)));
        if (!Condition.ACTORS.contains(kind)) {
            throw notAnActor(entityId, kind);
        }
        ActorFacts facts = actorFacts
                .facts(entityId)
                .orElseThrow(
                        () -> new InvalidArgumentException("entityId", "No node with id '%s'".formatted(entityId)));
        if (!Condition.ACTORS.contains(facts.actor().kind())) {
            throw notAnActor(entityId, facts.actor().kind());
        }
        if (facts.actor().kind() == NodeKind.TALENT && !openToMatching(facts.actor())) {
            throw new ForbiddenException(
                    "This person has not agreed to matching (or has opted out): no policy checklist is made for them");
        }
        PolicyCriteria criteria = store.criteria();
        PolicyMatchRepository.PolicyMeasures policy = policyData
                .measures(criteria.policyId())
                .orElseThrow(() -> new InvalidArgumentException(
                        "entityId",
                        "The policy '%s' named by the criteria file is not in the graph"
                                .formatted(criteria.policyId())));
        List<MeasureMatch> measures =
                policy.measures().stream().map(m -> judge(m, facts, criteria)).toList();
        return new PolicyMatches(facts.actor(), policy.policy(), measures);
    }

    /** The criteria as loaded, in file order; one measure's when a number is given. */
    public List<Criterion> criteria(Integer measureNumber) {
        return store.all().stream()
                .filter(c -> measureNumber == null || c.measureNumber() == measureNumber)
                .toList();
    }

    /** Responsible bodies per measure id, in the order the text lists them. */
    public Map<String, List<GraphNode>> responsibleBodies(Collection<String> measureIds) {
        return policyData.bodies(measureIds);
    }

    /** Support instruments and programmes per measure, in the order the text names them. */
    public Map<String, List<SupportOffer>> support(Collection<GraphNode> measures) {
        Map<String, List<SupportOffer>> found =
                policyData.support(measures.stream().map(GraphNode::id).toList());
        Map<String, List<SupportOffer>> ordered = new HashMap<>();
        for (GraphNode measure : measures) {
            String text = String.valueOf(measure.property("text"));
            List<SupportOffer> offers = new ArrayList<>(found.getOrDefault(measure.id(), List.of()));
            offers.sort(Comparator.comparingInt((SupportOffer o) -> position(text, o.quote()))
                    .thenComparing(o -> o.node().id()));
            ordered.put(measure.id(), List.copyOf(offers));
        }
        return ordered;
    }

    /** A page of the measures, optionally only those with the given statuses. */
    Connection page(String entityId, Integer first, String after, List<MatchStatus> statuses) {
        Page page = Page.of(first, after);
        PolicyMatches matches = match(entityId);
        Set<MatchStatus> wanted =
                statuses == null || statuses.isEmpty() ? Set.of(MatchStatus.values()) : Set.copyOf(statuses);
        List<MeasureMatch> filtered = matches.measures().stream()
                .filter(m -> wanted.contains(m.status()))
                .toList();
        int afterNumber = page.afterId() == null
                ? 0
                : matches.measures().stream()
                        .filter(m -> m.measureId().equals(page.afterId()))
                        .findFirst()
                        .map(MeasureMatch::number)
                        .orElseThrow(() -> new InvalidArgumentException(
                                "after", "Argument 'after' does not point at a measure of this policy"));
        List<MeasureMatch> rest = filtered.stream()
                .filter(m -> m.number() > afterNumber)
                .limit(page.first() + 1L)
                .toList();
        Page.Slice<MeasureMatch> slice = page.slice(rest, MeasureMatch::measureId, filtered.size());
        return new Connection(
                matches.actor(),
                matches.policy(),
                slice.nodes(),
                slice.pageInfo(),
                slice.totalCount(),
                new Summary(
                        matches.count(MatchStatus.APPLIES),
                        matches.count(MatchStatus.POSSIBLY),
                        matches.count(MatchStatus.DOES_NOT_APPLY)));
    }

    private MeasureMatch judge(GraphNode measure, ActorFacts facts, PolicyCriteria criteria) {
        int number = ((Number) measure.property("number")).intValue();
        String text =
                measure.property("text") == null ? "" : measure.property("text").toString();
        List<RouteMatch> routes = criteria.routes(number).stream()
                .map(route -> judge(route, facts, text))
                .toList();
        MatchStatus status =
                routes.stream().map(RouteMatch::status).reduce(MatchStatus::or).orElse(MatchStatus.POSSIBLY);
        return new MeasureMatch(measure, number, status, routes);
    }

    private static RouteMatch judge(PolicyCriteria.Route route, ActorFacts facts, String text) {
        NodeKind kind = facts.actor().kind();
        List<CriterionResult> results = new ArrayList<>();
        CriterionResult audience = judge(route.rules().getFirst(), facts, text);
        results.add(audience);
        if (audience.outcome() != Outcome.NOT_MET) {
            for (PolicyCriteria.Rule rule :
                    route.rules().subList(1, route.rules().size())) {
                List<String> appliesTo = rule.criterion().appliesTo();
                if (appliesTo.isEmpty() || appliesTo.contains(kind.name())) {
                    results.add(judge(rule, facts, text));
                }
            }
        }
        return new RouteMatch(route.key(), route.zh(), route.en(), status(results), List.copyOf(results));
    }

    /**
     * A failed criterion, explicit or inferred, rules the route out (an inferred one is shown as such, so the reader
     * sees the reason is a reading); an explicit criterion the data cannot judge leaves it possible; an inferred one
     * does not, since the text itself does not ask for it.
     */
    static MatchStatus status(List<CriterionResult> results) {
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.NOT_MET)) {
            return MatchStatus.DOES_NOT_APPLY;
        }
        if (results.stream()
                .anyMatch(r -> r.outcome() == Outcome.UNKNOWN && r.criterion().basis() == Basis.EXPLICIT)) {
            return MatchStatus.POSSIBLY;
        }
        return MatchStatus.APPLIES;
    }

    private static CriterionResult judge(PolicyCriteria.Rule rule, ActorFacts facts, String text) {
        Criterion criterion = rule.criterion();
        Judgement judgement = rule.condition().judge(facts);
        Outcome outcome = judgement.outcome();
        String zh = judgement.reasonZh();
        String en = judgement.reasonEn();
        if (outcome == Outcome.NOT_MET && criterion.missIsUnknown()) {
            outcome = Outcome.UNKNOWN;
            zh = zh + "；但原文所列并非全部要求，不能据此排除";
            en = en + "; but the text does not make this a requirement, so it does not rule it out";
        }
        int at = text.indexOf(criterion.citedText());
        return new CriterionResult(criterion, outcome, judgement.evidence(), zh, en, at < 0 ? null : at);
    }

    private static int position(String text, String quote) {
        int at = quote == null ? -1 : text.indexOf(quote);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static boolean openToMatching(GraphNode talent) {
        return Boolean.TRUE.equals(talent.property("consentToMatch"))
                && !Boolean.TRUE.equals(talent.property("optedOut"));
    }

    private static InvalidArgumentException notAnActor(String id, NodeKind kind) {
        return new InvalidArgumentException(
                "entityId",
                "'%s' is a %s (%s); policy matching takes an enterprise, institution, talent, investor or project"
                        .formatted(id, kind.en().toLowerCase(java.util.Locale.ROOT), kind.zh()));
    }

    /** The schema's {@code PolicyMatchConnection}. */
    record Connection(
            GraphNode actor,
            GraphNode policy,
            List<MeasureMatch> nodes,
            Page.PageInfo pageInfo,
            int totalCount,
            Summary summary) {}

    /** The schema's {@code PolicyMatchSummary}: counts over all measures, whatever the page or filter. */
    record Summary(int applies, int possibly, int doesNotApply) {}
}

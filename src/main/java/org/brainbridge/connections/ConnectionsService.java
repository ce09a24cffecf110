package org.brainbridge.connections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.brainbridge.security.PersonalDataGuard;
import org.brainbridge.support.InvalidArgumentException;
import org.brainbridge.support.Page;
import org.springframework.stereotype.Service;

/**
 * The shortest meaningful paths between two domain nodes: at most four hops, around hubs and hierarchy roots, ranked
 * by cost (concrete ties before shared topics before shared places), then hop count, then how specific the nodes
 * passed through are. Talent on a path are shown masked; talent who have not agreed to be matched, or opted out, are
 * never on a path.
 */
@Service
public class ConnectionsService {

    static final int MAX_HOPS = 4;
    static final int MAX_FIRST = 20;
    /** Alternatives kept after ranking; pages are cut from these. */
    static final int MAX_PATHS = 50;

    private static final Comparator<ConnectionPath> BEST_FIRST = Comparator.comparingDouble(ConnectionPath::cost)
            .thenComparingInt(ConnectionPath::length)
            .thenComparingInt(ConnectionsService::degreeOfInnerNodes)
            .thenComparing(ConnectionPath::key);

    private final ConnectionsRepository repository;
    private final HubRule hubs;
    private final PersonalDataGuard guard;
    private final ConnectionsProperties properties;

    ConnectionsService(
            ConnectionsRepository repository, HubRule hubs, PersonalDataGuard guard, ConnectionsProperties properties) {
        this.repository = repository;
        this.hubs = hubs;
        this.guard = guard;
        this.properties = properties;
    }

    public Connections connections(String fromId, String toId, Integer maxHops, Integer first, String after) {
        int hops = maxHops == null ? MAX_HOPS : maxHops;
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidArgumentException(
                    "maxHops", "Argument 'maxHops' must be between 1 and %d, was %d".formatted(MAX_HOPS, hops));
        }
        Page page = Page.of(first == null ? 5 : first, after, MAX_FIRST);
        if (fromId.equals(toId)) {
            throw new InvalidArgumentException(
                    "toId",
                    "Arguments 'fromId' and 'toId' name the same node '%s'; pick two different ones".formatted(toId));
        }
        Map<String, ConnectionsRepository.Endpoint> endpoints = repository.endpoints(List.of(fromId, toId));
        for (var argument : List.of(Map.entry("fromId", fromId), Map.entry("toId", toId))) {
            if (!endpoints.containsKey(argument.getValue())) {
                throw new InvalidArgumentException(
                        argument.getKey(), "No node with id '%s'".formatted(argument.getValue()));
            }
        }
        HubRule.Limits limits = hubs.limits();
        boolean walkable = endpoints.values().stream().allMatch(ConnectionsRepository.Endpoint::walkable);
        List<ConnectionPath> ranked =
                walkable ? rank(repository.paths(fromId, toId, hops, limits, properties.candidates())) : List.of();
        return page(ranked, page, limits.hubDegree());
    }

    private List<ConnectionPath> rank(List<ConnectionsRepository.RawPath> raw) {
        Map<String, ConnectionPath> cheapestPerNodeSequence = new LinkedHashMap<>();
        for (ConnectionsRepository.RawPath path : raw) {
            if (!visitsEachNodeOnce(path)) {
                continue;
            }
            ConnectionPath candidate = present(path);
            cheapestPerNodeSequence.merge(candidate.key(), candidate, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return cheapestPerNodeSequence.values().stream()
                .sorted(BEST_FIRST)
                .limit(MAX_PATHS)
                .toList();
    }

    private static Connections page(List<ConnectionPath> ranked, Page page, int hubDegree) {
        int start = 0;
        if (page.afterId() != null) {
            start = ranked.stream().map(ConnectionPath::key).toList().indexOf(page.afterId()) + 1;
            if (start == 0) {
                throw new InvalidArgumentException(
                        "after", "Argument 'after' names a path that is no longer among the results; start again");
            }
        }
        List<ConnectionPath> rows = ranked.subList(start, Math.min(ranked.size(), start + page.first() + 1));
        Page.Slice<ConnectionPath> slice = page.slice(rows, ConnectionPath::key, ranked.size());
        return new Connections(slice.nodes(), slice.pageInfo(), slice.totalCount(), hubDegree);
    }

    private static boolean visitsEachNodeOnce(ConnectionsRepository.RawPath path) {
        Set<String> seen = new HashSet<>();
        return path.nodes().stream().allMatch(n -> seen.add(n.id()));
    }

    private ConnectionPath present(ConnectionsRepository.RawPath path) {
        List<ConnectionPath.Node> nodes = path.nodes().stream()
                .map(n -> new ConnectionPath.Node(
                        n.id(), n.kind(), visibleName(n.kind(), n.name(), n.id()), visibleEn(n), n.degree()))
                .toList();
        List<ConnectionPath.Step> steps = new ArrayList<>();
        double cost = 0;
        for (int i = 0; i < path.relationships().size(); i++) {
            ConnectionsRepository.RawRelationship r = path.relationships().get(i);
            Strength strength = Strength.of(r.type());
            cost += strength.cost();
            RelType type = RelType.byType(r.type()).orElse(null);
            steps.add(new ConnectionPath.Step(
                    r.type(),
                    type == null ? r.type() : type.zh(),
                    type == null ? r.type() : type.en(),
                    r.from().equals(nodes.get(i).id()),
                    r.from(),
                    r.to(),
                    strength));
        }
        String key =
                String.join(">", nodes.stream().map(ConnectionPath.Node::id).toList());
        return new ConnectionPath(
                key, nodes, List.copyOf(steps), cost, describe(nodes, steps, true), describe(nodes, steps, false));
    }

    private String visibleName(NodeKind kind, String name, String id) {
        if (name == null) {
            return id;
        }
        return kind.property("name")
                .map(p -> String.valueOf(guard.present(kind, p, name)))
                .orElse(name);
    }

    private String visibleEn(ConnectionsRepository.RawNode node) {
        // A person's English name is as personal as the Chinese one: show the masked Chinese name instead.
        if (node.nameEn() == null || node.kind().nameIsPersonal()) {
            return visibleName(node.kind(), node.name(), node.id());
        }
        return node.nameEn();
    }

    /** "机构 A —合作→ 企业 B ←投资— 投资机构 C", or the same in English. */
    static String describe(List<ConnectionPath.Node> nodes, List<ConnectionPath.Step> steps, boolean zh) {
        StringBuilder text = new StringBuilder(label(nodes.getFirst(), zh));
        for (int i = 0; i < steps.size(); i++) {
            ConnectionPath.Step step = steps.get(i);
            String relation = zh ? step.labelZh() : step.labelEn();
            text.append(step.forward() ? " —" + relation + "→ " : " ←" + relation + "— ");
            text.append(label(nodes.get(i + 1), zh));
        }
        return text.toString();
    }

    private static String label(ConnectionPath.Node node, boolean zh) {
        return zh ? node.kind().zh() + " " + node.name() : node.kind().en() + " " + node.nameEn();
    }

    private static int degreeOfInnerNodes(ConnectionPath path) {
        List<ConnectionPath.Node> nodes = path.nodes();
        return nodes.subList(1, nodes.size() - 1).stream()
                .mapToInt(ConnectionPath.Node::degree)
                .sum();
    }
}

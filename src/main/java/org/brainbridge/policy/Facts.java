package org.brainbridge.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.NodeKind;

/** Small helpers the conditions share: code labels, evidence lists, tree membership. */
final class Facts {

    /** Evidence lists are cut to this many nodes, so one prolific actor cannot blow up a response. */
    static final int MAX_EVIDENCE = 5;

    private Facts() {}

    static List<String> codes(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    static String label(NodeKind kind, String property, String code, boolean zh) {
        return kind.property(property)
                .flatMap(spec -> spec.codes().stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .map(zh ? Code::zh : Code::en))
                .orElse(code);
    }

    static String labels(NodeKind kind, String property, List<String> codes, boolean zh) {
        return codes.stream().map(c -> label(kind, property, c, zh)).collect(Collectors.joining(zh ? "、" : ", "));
    }

    static String names(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::name).distinct().collect(Collectors.joining("、"));
    }

    static List<Evidence> first(List<Evidence> evidence) {
        return evidence.size() <= MAX_EVIDENCE ? evidence : evidence.subList(0, MAX_EVIDENCE);
    }

    static List<Evidence> distinct(List<Evidence> evidence) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        evidence.forEach(e -> byId.putIfAbsent(e.id(), e));
        return List.copyOf(byId.values());
    }

    /** MET when a node of the tree list is in one of the subtrees, NOT_MET when none is, UNKNOWN when there are none. */
    static Judgement inTree(
            List<ActorFacts.Tree> nodes, Set<String> roots, NodeKind kind, String role, String[] zh, String[] en) {
        if (nodes.isEmpty()) {
            return Judgement.of(Outcome.UNKNOWN, zh[0], en[0]);
        }
        List<Evidence> hits = new ArrayList<>();
        List<Evidence> all = new ArrayList<>();
        for (ActorFacts.Tree node : nodes) {
            Evidence evidence = new Evidence(node.id(), kind, node.name(), role);
            all.add(evidence);
            if (node.up().stream().anyMatch(roots::contains)) {
                hits.add(evidence);
            }
        }
        if (!hits.isEmpty()) {
            List<Evidence> shown = first(distinct(hits));
            return Judgement.of(Outcome.MET, shown, zh[1].formatted(names(shown)), en[1].formatted(names(shown)));
        }
        List<Evidence> shown = first(distinct(all));
        return Judgement.of(Outcome.NOT_MET, shown, zh[2].formatted(names(shown)), en[2].formatted(names(shown)));
    }

    /** MET when the actor's coded property holds one of the codes, NOT_MET when it holds others, UNKNOWN when unset. */
    static Judgement codesIn(ActorFacts facts, String property, Set<String> codes, String zhName, String enName) {
        NodeKind kind = facts.actor().kind();
        List<String> actual = codes(facts.actor().property(property));
        if (actual.isEmpty()) {
            return Judgement.of(
                    Outcome.UNKNOWN, "数据未记录%s".formatted(zhName), "The data does not record its %s".formatted(enName));
        }
        List<String> hits = actual.stream().filter(codes::contains).toList();
        if (!hits.isEmpty()) {
            return Judgement.of(
                    Outcome.MET,
                    "%s：%s".formatted(zhName, labels(kind, property, hits, true)),
                    "%s: %s".formatted(capitalise(enName), labels(kind, property, hits, false)));
        }
        return Judgement.of(
                Outcome.NOT_MET,
                "%s为%s，不在所列之中".formatted(zhName, labels(kind, property, actual, true)),
                "Its %s is %s, not one of those named".formatted(enName, labels(kind, property, actual, false)));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.brainbridge.policy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.policy.Condition.HasProduct;
import org.brainbridge.policy.Condition.HasQualification;
import org.brainbridge.policy.Condition.InSegment;
import org.brainbridge.policy.Condition.KindIn;
import org.brainbridge.policy.Condition.LeadsProject;
import org.brainbridge.policy.Condition.LocatedIn;
import org.brainbridge.policy.Condition.NotJudgeable;
import org.brainbridge.policy.Condition.RunsClinicalTrials;
import org.brainbridge.policy.Condition.Seeks;
import org.brainbridge.policy.Condition.ServesDomain;
import org.brainbridge.policy.Condition.StageIn;
import org.brainbridge.policy.Condition.SyntaxException;
import org.brainbridge.policy.Condition.WorksOn;

/**
 * Reads a condition as curators write it in the criteria file ({@code kind-in ENTERPRISE}, {@code located-in
 * region-360000}, …): an operator and its arguments, each checked against the schema's kinds, ids and codes, with the
 * offset of the first problem in the text.
 */
final class ConditionParser {

    /** The operators, as curators write them. */
    static final List<String> OPERATORS = List.of(
            "kind-in",
            "located-in",
            "works-on",
            "in-segment",
            "serves-domain",
            "has-qualification",
            "stage-in",
            "seeks",
            "has-product",
            "runs-clinical-trials",
            "leads-project",
            "not-judgeable");

    /** Parses one condition; throws {@link Condition.SyntaxException} naming the offset of the problem. */
    static Condition parse(String text) {
        String trimmed = text.strip();
        int start = text.indexOf(trimmed.isEmpty() ? text : trimmed);
        int space = trimmed.indexOf(' ');
        String operator = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space + 1);
        int restOffset = start + (space < 0 ? trimmed.length() : space + 1);
        return switch (operator) {
            case "kind-in" -> new KindIn(kinds(rest, restOffset));
            case "located-in" -> new LocatedIn(id(rest, restOffset, NodeKind.REGION));
            case "works-on" -> new WorksOn(id(rest, restOffset, NodeKind.TECHNOLOGY));
            case "in-segment" -> new InSegment(list(rest, restOffset, v -> checkId(v, NodeKind.CHAIN_SEGMENT)));
            case "serves-domain" -> new ServesDomain(codes(rest, restOffset, NodeKind.SCENARIO, "domain"));
            case "has-qualification" ->
                new HasQualification(codes(rest, restOffset, NodeKind.ENTERPRISE, "qualifications"));
            case "stage-in" -> new StageIn(codes(rest, restOffset, NodeKind.ENTERPRISE, "stage"));
            case "seeks" -> new Seeks(codes(rest, restOffset, NodeKind.PROJECT, "seeks"));
            case "has-product" -> product(rest, restOffset);
            case "runs-clinical-trials" -> noArguments(new RunsClinicalTrials(), rest, restOffset);
            case "leads-project" -> noArguments(new LeadsProject(), rest, restOffset);
            case "not-judgeable" -> noArguments(new NotJudgeable(), rest, restOffset);
            default ->
                throw new SyntaxException(
                        start,
                        "unknown condition '%s'; use one of %s".formatted(operator, String.join(", ", OPERATORS)));
        };
    }

    private static Condition noArguments(Condition condition, String rest, int offset) {
        if (!rest.isBlank()) {
            throw new SyntaxException(offset, "this condition takes no arguments, found '%s'".formatted(rest.strip()));
        }
        return condition;
    }

    private static Map<NodeKind, Set<String>> kinds(String rest, int offset) {
        if (rest.isBlank()) {
            throw new SyntaxException(offset, "kind-in needs at least one kind, e.g. 'kind-in ENTERPRISE'");
        }
        Map<NodeKind, Set<String>> kinds = new LinkedHashMap<>();
        int at = offset;
        for (String part : rest.split(",", -1)) {
            String item = part.strip();
            int itemOffset = at + part.indexOf(item.isEmpty() ? part : item);
            String[] kindAndSub = item.split(":", 2);
            NodeKind kind;
            try {
                kind = NodeKind.valueOf(kindAndSub[0]);
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null || !Condition.ACTORS.contains(kind)) {
                throw new SyntaxException(
                        itemOffset,
                        "'%s' is not an actor kind; use ENTERPRISE, INSTITUTION, TALENT, INVESTOR or PROJECT"
                                .formatted(kindAndSub[0]));
            }
            Set<String> subKinds = new LinkedHashSet<>();
            if (kindAndSub.length == 2) {
                String property = KindIn.subKindProperty(kind);
                if (property == null) {
                    throw new SyntaxException(itemOffset, "%s has no sub-kinds".formatted(kind.name()));
                }
                subKinds.addAll(codes(kindAndSub[1], itemOffset + kindAndSub[0].length() + 1, kind, property));
            }
            kinds.put(kind, java.util.Collections.unmodifiableSet(subKinds));
            at += part.length() + 1;
        }
        return kinds;
    }

    private static Condition product(String rest, int offset) {
        Set<String> classes = Set.of();
        Set<String> registrations = Set.of();
        int at = offset;
        for (String part : rest.split(" ", -1)) {
            if (!part.isEmpty()) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String values = eq < 0 ? "" : part.substring(eq + 1);
                switch (key) {
                    case "class" -> classes = codes(values, at + eq + 1, NodeKind.PRODUCT, "deviceClass");
                    case "registration" ->
                        registrations = codes(values, at + eq + 1, NodeKind.PRODUCT, "registrationStatus");
                    default ->
                        throw new SyntaxException(
                                at, "has-product takes class=… and registration=…, found '%s'".formatted(part));
                }
            }
            at += part.length() + 1;
        }
        return new HasProduct(classes, registrations);
    }

    private static String id(String rest, int offset, NodeKind kind) {
        String value = rest.strip();
        if (value.isEmpty() || value.contains(" ")) {
            throw new SyntaxException(
                    offset, "needs exactly one %s id, e.g. '%s-…'".formatted(kind.label(), kind.idPrefix()));
        }
        checkId(value, kind);
        return value;
    }

    private static String checkId(String value, NodeKind kind) {
        if (!value.startsWith(kind.idPrefix() + "-")) {
            throw new IllegalArgumentException(
                    "'%s' is not a %s id (%s-…)".formatted(value, kind.label(), kind.idPrefix()));
        }
        return value;
    }

    private static Set<String> codes(String rest, int offset, NodeKind kind, String property) {
        PropertySpec spec = kind.property(property).orElseThrow();
        return list(rest, offset, code -> {
            if (!spec.allows(code)) {
                throw new IllegalArgumentException("'%s' is not a code of %s.%s; use one of %s"
                        .formatted(
                                code,
                                kind.label(),
                                property,
                                spec.codes().stream().map(Code::code).collect(Collectors.joining(", "))));
            }
            return code;
        });
    }

    private static Set<String> list(String rest, int offset, Function<String, String> check) {
        if (rest.isBlank()) {
            throw new SyntaxException(offset, "needs at least one value (several separated by '|')");
        }
        Set<String> values = new LinkedHashSet<>();
        int at = offset + (rest.length() - rest.stripLeading().length());
        for (String value : rest.strip().split("\\|", -1)) {
            try {
                values.add(check.apply(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new SyntaxException(at, e.getMessage());
            }
            at += value.length() + 1;
        }
        return java.util.Collections.unmodifiableSet(values);
    }

    private ConditionParser() {}
}

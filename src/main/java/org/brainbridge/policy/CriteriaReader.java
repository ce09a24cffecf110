package org.brainbridge.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.brainbridge.graph.model.NodeKind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a criteria file (format: graph-seed/README.md §9). Works on the YAML node tree rather than on
 * bound objects so that every problem can name its line and column; collects all problems before failing, so a
 * curator fixes a file in one round.
 */
final class CriteriaReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP_KEYS = Set.of("policy", "measures");
    private static final Set<String> MEASURE_KEYS = Set.of("measure", "routes");
    private static final Set<String> ROUTE_KEYS = Set.of("route", "zh", "en", "criteria");
    private static final Set<String> CRITERION_KEYS =
            Set.of("id", "condition", "basis", "cites", "zh", "en", "appliesTo", "onMiss");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private CriteriaReader(String file) {
        this.file = file;
    }

    static PolicyCriteria read(String file, String text) {
        return new CriteriaReader(file).parse(new StringReader(text));
    }

    private PolicyCriteria parse(Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new CriteriaFileException(
                    file,
                    List.of("%s:%d:%d: not valid YAML: %s"
                            .formatted(file, mark.getLine() + 1, mark.getColumn() + 1, e.getProblem())));
        }
        if (!(root instanceof MappingNode top)) {
            throw new CriteriaFileException(
                    file, List.of("%s:1:1: expected a mapping with 'policy' and 'measures'".formatted(file)));
        }
        Map<String, Node> fields = fields(top, TOP_KEYS);
        String policy = text(top, fields, "policy", true);
        Map<Integer, List<PolicyCriteria.Route>> routes = new LinkedHashMap<>();
        Node measures = fields.get("measures");
        if (measures == null) {
            problem(top, "missing 'measures'");
        } else if (measures instanceof SequenceNode list) {
            for (Node measure : list.getValue()) {
                readMeasure(measure, routes);
            }
        } else {
            problem(measures, "'measures' must be a list");
        }
        if (!problems.isEmpty()) {
            throw new CriteriaFileException(file, problems);
        }
        return new PolicyCriteria(policy, file, Map.copyOf(routes));
    }

    private void readMeasure(Node node, Map<Integer, List<PolicyCriteria.Route>> routes) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "each measure must be a mapping with 'measure' and 'routes'");
            return;
        }
        Map<String, Node> fields = fields(map, MEASURE_KEYS);
        Integer number = number(map, fields, "measure");
        if (number == null) {
            return;
        }
        if (routes.containsKey(number)) {
            problem(fields.get("measure"), "measure %d is listed twice".formatted(number));
            return;
        }
        List<PolicyCriteria.Route> measureRoutes = new ArrayList<>();
        Node list = fields.get("routes");
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(list == null ? map : list, "measure %d needs a non-empty list of 'routes'".formatted(number));
        } else {
            Set<String> keys = new HashSet<>();
            for (Node route : sequence.getValue()) {
                PolicyCriteria.Route read = readRoute(number, route);
                if (read != null && !keys.add(read.key())) {
                    problem(route, "route '%s' is listed twice in measure %d".formatted(read.key(), number));
                } else if (read != null) {
                    measureRoutes.add(read);
                }
            }
        }
        routes.put(number, List.copyOf(measureRoutes));
    }

    private PolicyCriteria.Route readRoute(int measure, Node node) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "each route must be a mapping with 'route', 'zh', 'en' and 'criteria'");
            return null;
        }
        Map<String, Node> fields = fields(map, ROUTE_KEYS);
        String key = text(map, fields, "route", true);
        String zh = text(map, fields, "zh", true);
        String en = text(map, fields, "en", true);
        Node list = fields.get("criteria");
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(list == null ? map : list, "route '%s' needs a non-empty list of 'criteria'".formatted(key));
            return null;
        }
        List<PolicyCriteria.Rule> rules = new ArrayList<>();
        Condition.KindIn audience = null;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node criterion = sequence.getValue().get(i);
            PolicyCriteria.Rule rule = readCriterion(measure, key, criterion, audience);
            if (rule == null) {
                continue;
            }
            boolean isKind = rule.condition() instanceof Condition.KindIn;
            if (i == 0 && !isKind) {
                problem(criterion, "the first criterion of a route must be a 'kind-in' condition (who it is for)");
            } else if (i > 0 && isKind) {
                problem(criterion, "only the first criterion of a route may be 'kind-in'");
            }
            if (i == 0 && isKind) {
                audience = (Condition.KindIn) rule.condition();
            }
            rules.add(rule);
        }
        if (key == null || zh == null || en == null) {
            return null;
        }
        return new PolicyCriteria.Route(measure, key, zh, en, List.copyOf(rules));
    }

    private PolicyCriteria.Rule readCriterion(int measure, String route, Node node, Condition.KindIn audience) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "each criterion must be a mapping");
            return null;
        }
        Map<String, Node> fields = fields(map, CRITERION_KEYS);
        String id = text(map, fields, "id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(fields.get("id"), "id '%s' may use only a-z, 0-9 and '-'".formatted(id));
        } else if (id != null && !ids.add(id)) {
            problem(fields.get("id"), "id '%s' is used twice".formatted(id));
        }
        String conditionText = text(map, fields, "condition", true);
        Condition condition = null;
        if (conditionText != null) {
            try {
                condition = ConditionParser.parse(conditionText);
            } catch (Condition.SyntaxException e) {
                problem(fields.get("condition"), e.offset, e.getMessage());
            }
        }
        String basisText = text(map, fields, "basis", true);
        Basis basis = null;
        if ("explicit".equals(basisText)) {
            basis = Basis.EXPLICIT;
        } else if ("inferred".equals(basisText)) {
            basis = Basis.INFERRED;
        } else if (basisText != null) {
            problem(fields.get("basis"), "basis must be 'explicit' or 'inferred', was '%s'".formatted(basisText));
        }
        String cites = text(map, fields, "cites", true);
        String zh = text(map, fields, "zh", true);
        String en = text(map, fields, "en", true);
        String onMiss = text(map, fields, "onMiss", false);
        if (onMiss != null && !onMiss.equals("unknown") && !onMiss.equals("not_met")) {
            problem(fields.get("onMiss"), "onMiss must be 'unknown' or 'not_met', was '%s'".formatted(onMiss));
        }
        List<String> appliesTo = appliesTo(fields.get("appliesTo"), audience);
        if (id == null || condition == null || basis == null || cites == null || zh == null || en == null) {
            return null;
        }
        Criterion criterion = new Criterion(
                id,
                measure,
                route,
                conditionText.strip(),
                basis,
                cites,
                zh,
                en,
                appliesTo,
                "unknown".equals(onMiss),
                map.getStartMark().getLine() + 1);
        return new PolicyCriteria.Rule(criterion, condition);
    }

    private List<String> appliesTo(Node node, Condition.KindIn audience) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "appliesTo must be a list of kinds, e.g. [ENTERPRISE]");
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String value = item instanceof ScalarNode scalar ? scalar.getValue() : "";
            NodeKind kind = Condition.ACTORS.stream()
                    .filter(k -> k.name().equals(value))
                    .findFirst()
                    .orElse(null);
            if (kind == null) {
                problem(item, "'%s' is not an actor kind".formatted(value));
            } else if (audience != null && !audience.kinds().containsKey(kind)) {
                problem(item, "%s is not among the kinds of the route's kind-in criterion".formatted(value));
            } else {
                kinds.add(value);
            }
        }
        return List.copyOf(kinds);
    }

    private Map<String, Node> fields(MappingNode map, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                problem(
                        tuple.getKeyNode(),
                        "unknown key '%s'; expected one of %s"
                                .formatted(
                                        key,
                                        String.join(
                                                ", ", allowed.stream().sorted().toList())));
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), "key '%s' is given twice".formatted(key));
            }
        }
        return fields;
    }

    private String text(MappingNode map, Map<String, Node> fields, String key, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problem(map, "missing '%s'".formatted(key));
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(node, "'%s' must be a non-empty text".formatted(key));
            return null;
        }
        return scalar.getValue();
    }

    private Integer number(MappingNode map, Map<String, Node> fields, String key) {
        String text = text(map, fields, key, true);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(fields.get(key), "'%s' must be a measure number (1, 2, …), was '%s'".formatted(key, text));
        return null;
    }

    private void problem(Node node, String message) {
        problem(node, 0, message);
    }

    private void problem(Node node, int offset, String message) {
        int line = node.getStartMark().getLine() + 1;
        int column = node.getStartMark().getColumn() + 1;
        if (node instanceof ScalarNode scalar && scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            column++;
        }
        problems.add("%s:%d:%d: %s".formatted(file, line, column + offset, message));
    }

    /** Reads a file from disk. */
    static PolicyCriteria read(java.nio.file.Path path) {
        try {
            return read(path.toString(), java.nio.file.Files.readString(path));
        } catch (IOException e) {
            throw new CriteriaFileException(
                    path.toString(), List.of("%s: cannot be read: %s".formatted(path, e.getMessage())));
        }
    }
}

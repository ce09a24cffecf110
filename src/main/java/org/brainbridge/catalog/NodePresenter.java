package org.brainbridge.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.graph.model.RelType;
import org.brainbridge.security.PersonalDataGuard;
import org.springframework.stereotype.Component;

/**
 * Presents node and relationship properties to the API: values as this viewer may see them (personal data
 * masked by default) and code labels in Chinese and English.
 */
@Component
class NodePresenter {

    private final PersonalDataGuard guard;

    NodePresenter(PersonalDataGuard guard) {
        this.guard = guard;
    }

    /** One property value of a node, masked if personal and not revealable. */
    Object value(GraphNode node, String key) {
        Object value = node.property(key);
        Optional<PropertySpec> property = node.kind().property(key);
        return property.isPresent() ? guard.present(node.kind(), property.get(), value) : value;
    }

    String name(GraphNode node) {
        Object name = value(node, "name");
        return name == null ? node.id() : name.toString();
    }

    List<PropertyValue> properties(GraphNode node) {
        List<PropertyValue> values = new ArrayList<>();
        for (PropertySpec property : node.kind().properties()) {
            Object raw = node.property(property.key());
            if (raw == null) {
                continue;
            }
            boolean personal = guard.isPersonal(node.kind(), property);
            boolean masked = personal && !guard.mayReveal(node.kind(), property);
            values.add(present(property, guard.present(node.kind(), property, raw), personal, masked));
        }
        return values;
    }

    List<PropertyValue> relationshipProperties(String type, Map<String, Object> properties) {
        RelType relType = RelType.byType(type).orElse(null);
        List<PropertyValue> values = new ArrayList<>();
        properties.forEach((key, raw) -> {
            PropertySpec property = relType == null
                    ? null
                    : relType.properties().stream()
                            .filter(p -> p.key().equals(key))
                            .findFirst()
                            .orElse(null);
            values.add(
                    property == null
                            ? new PropertyValue(key, key, key, texts(raw), texts(raw), texts(raw), false, false)
                            : present(property, raw, false, false));
        });
        return values;
    }

    private static PropertyValue present(PropertySpec property, Object value, boolean personal, boolean masked) {
        List<String> values = texts(value);
        List<String> zh = property.type().isCoded() && !masked ? labels(property, values, true) : values;
        List<String> en = property.type().isCoded() && !masked ? labels(property, values, false) : values;
        return new PropertyValue(property.key(), property.zh(), property.en(), values, zh, en, personal, masked);
    }

    private static List<String> labels(PropertySpec property, List<String> codes, boolean zh) {
        return codes.stream()
                .map(code -> property.codes().stream()
                        .filter(c -> c.code().equals(code))
                        .findFirst()
                        .map(c -> zh ? c.zh() : c.en())
                        .orElse(code))
                .toList();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    static String kindLabel(NodeKind kind, boolean zh) {
        return zh ? kind.zh() : kind.en();
    }

    static Code code(String code, String zh, String en) {
        return new Code(code, zh, en);
    }
}

package org.brainbridge.security;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.springframework.stereotype.Component;

/**
 * Decides whether a personal value may leave the server unmasked, and masks it when not. Personal fields are
 * marked once, in {@link NodeKind}; every API path that returns a property value asks here. Without accounts
 * nobody may see personal data (deny by default); roles will grant it in a later issue.
 */
@Component
public class PersonalDataGuard {

    /** Whether the current viewer may see this property unmasked. */
    public boolean mayReveal(NodeKind kind, PropertySpec property) {
        return !isPersonal(kind, property);
    }

    public boolean isPersonal(NodeKind kind, PropertySpec property) {
        return kind.isPersonal(property);
    }

    /** The value as this viewer may see it. */
    public Object present(NodeKind kind, PropertySpec property, Object value) {
        if (value == null || mayReveal(kind, property)) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream()
                    .map(v -> mask(property.key(), String.valueOf(v)))
                    .toList();
        }
        return mask(property.key(), String.valueOf(value));
    }

    static String mask(String key, String value) {
        return switch (key) {
            case "name" -> value.isEmpty() ? value : value.substring(0, 1) + "**";
            case "phone" ->
                value.length() < 7
                        ? stars(value.length())
                        : value.substring(0, 3) + "****" + value.substring(value.length() - 4);
            case "email" -> {
                int at = value.indexOf('@');
                yield at <= 0 ? stars(value.length()) : value.charAt(0) + "***" + value.substring(at);
            }
            default -> stars(value.length());
        };
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(n, 4));
    }
}

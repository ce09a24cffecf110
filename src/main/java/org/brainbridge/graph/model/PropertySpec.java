package org.brainbridge.graph.model;

import java.util.List;

/**
 * One property of a node kind or relationship type.
 *
 * @param key the property name in the graph and in GraphQL (camelCase)
 * @param column the CSV header (snake_case)
 * @param type how the cell is parsed
 * @param personal personal data: masked unless the viewer may see it (deny by default)
 * @param zh Chinese label, shown to curators and in the UI
 * @param en English label
 * @param codes the vocabulary of a coded property, empty otherwise
 */
public record PropertySpec(
        String key, String column, PropertyType type, boolean personal, String zh, String en, List<Code> codes) {

    public static PropertySpec text(String key, String zh, String en) {
        return new PropertySpec(key, snake(key), PropertyType.STRING, false, zh, en, List.of());
    }

    public static PropertySpec of(String key, PropertyType type, String zh, String en) {
        return new PropertySpec(key, snake(key), type, false, zh, en, List.of());
    }

    public static PropertySpec personal(String key, PropertyType type, String zh, String en) {
        return new PropertySpec(key, snake(key), type, true, zh, en, List.of());
    }

    public static PropertySpec coded(String key, PropertyType type, String zh, String en, List<Code> codes) {
        return new PropertySpec(key, snake(key), type, false, zh, en, codes);
    }

    public boolean allows(String code) {
        return codes.stream().anyMatch(c -> c.code().equals(code));
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}

package org.brainbridge.generator;

import java.util.HashMap;
import java.util.Map;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.NodeKind;

/**
 * Chinese and English labels of the codes, for descriptions, taken from the model's own vocabularies: a code the
 * generator writes that the model does not know fails here rather than in the loader.
 */
final class Labels {

    private Labels() {}

    /** Column to code to label; a column shared by kinds (stage, device_class) has the same codes everywhere. */
    private static final Map<String, Map<String, Code>> CODES = new HashMap<>();

    static {
        for (NodeKind kind : NodeKind.values()) {
            kind.properties()
                    .forEach(p -> p.codes()
                            .forEach(c -> CODES.computeIfAbsent(p.column(), k -> new HashMap<>())
                                    .putIfAbsent(c.code(), c)));
        }
    }

    static String zh(String column, String code) {
        return get(column, code).zh();
    }

    static String en(String column, String code) {
        return get(column, code).en();
    }

    private static Code get(String column, String code) {
        Code c = CODES.getOrDefault(column, Map.of()).get(code);
        if (c == null) {
            throw new IllegalArgumentException("'%s' is not a code of %s".formatted(code, column));
        }
        return c;
    }
}

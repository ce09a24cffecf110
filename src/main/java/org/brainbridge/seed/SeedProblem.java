package org.brainbridge.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** One thing wrong in a seed folder, located as precisely as possible. */
record SeedProblem(String file, long row, String column, String message) {

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", file);
        map.put("row", row);
        map.put("column", column);
        map.put("message", message);
        return map;
    }

    @Override
    public String toString() {
        return "%s:%d%s: %s".formatted(file, row, column == null ? "" : " [" + column + "]", message);
    }
}

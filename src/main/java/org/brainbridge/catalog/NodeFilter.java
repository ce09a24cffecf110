package org.brainbridge.catalog;

import java.util.Map;

/** The schema's {@code NodeFilter} input. */
record NodeFilter(
        String regionId,
        String technologyId,
        String chainSegmentId,
        String kind,
        String stage,
        String qualification,
        String nameContains,
        Boolean illustrative) {

    static final NodeFilter NONE = new NodeFilter(null, null, null, null, null, null, null, null);

    static NodeFilter from(Map<String, Object> input) {
        if (input == null) {
            return NONE;
        }
        return new NodeFilter(
                text(input, "regionId"),
                text(input, "technologyId"),
                text(input, "chainSegmentId"),
                text(input, "kind"),
                text(input, "stage"),
                text(input, "qualification"),
                text(input, "nameContains"),
                (Boolean) input.get("illustrative"));
    }

    private static String text(Map<String, Object> input, String key) {
        Object value = input.get(key);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }
}

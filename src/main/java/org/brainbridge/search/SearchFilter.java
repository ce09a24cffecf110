package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/** The schema's {@code SearchFilter}: OR within a dimension, AND across dimensions. */
record SearchFilter(
        List<String> kinds,
        List<String> regionIds,
        List<String> technologyIds,
        List<String> chainSegmentIds,
        List<String> stages,
        List<String> qualifications,
        List<String> deviceClasses) {

    static SearchFilter from(Map<String, Object> input) {
        if (input == null) {
            return new SearchFilter(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new SearchFilter(
                list(input, "kinds"),
                list(input, "regionIds"),
                list(input, "technologyIds"),
                list(input, "chainSegmentIds"),
                list(input, "stages"),
                list(input, "qualifications"),
                list(input, "deviceClasses"));
    }

    List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        add(queries, SearchFields.KIND, kinds);
        add(queries, SearchFields.REGION, regionIds);
        add(queries, SearchFields.TECHNOLOGY, technologyIds);
        add(queries, SearchFields.SEGMENT, chainSegmentIds);
        add(queries, SearchFields.STAGE, stages);
        add(queries, SearchFields.QUALIFICATION, qualifications);
        add(queries, SearchFields.DEVICE_CLASS, deviceClasses);
        return queries;
    }

    private static void add(List<Query> queries, String dimension, List<String> values) {
        if (!values.isEmpty()) {
            queries.add(SearchQueryBuilder.filter(dimension, values));
        }
    }

    private static List<String> list(Map<String, Object> input, String key) {
        Object value = input.get(key);
        if (value instanceof List<?> values) {
            return values.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        return List.of();
    }
}

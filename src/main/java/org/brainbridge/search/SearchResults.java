package org.brainbridge.search;

import java.util.List;
import org.brainbridge.support.Page;

/** The schema's {@code SearchResults} and its parts; {@code total} is a lower bound unless {@code totalExact}. */
record SearchResults(int total, boolean totalExact, List<Hit> hits, List<Facet> facets, Page.PageInfo pageInfo) {

    /** Immutable: a page may be served again from the result cache. */
    SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** A hit before its node is loaded (the node is batch loaded through the catalog). */
    record Hit(String id, String kind, float score, List<Highlight> highlights) {
        Hit {
            highlights = List.copyOf(highlights);
        }
    }

    record Highlight(String field, List<String> fragments) {}

    record Facet(String dimension, List<FacetValue> values) {
        Facet {
            values = List.copyOf(values);
        }
    }

    record FacetValue(String value, String labelZh, String labelEn, int count) {}

    /** The schema's {@code Suggestion}. */
    record Suggestion(String id, String kind, String text) {}
}

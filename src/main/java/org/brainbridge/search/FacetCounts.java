package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.Code;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;

/**
 * Facet counts of a search's matches, each value with its Chinese and English label: tree nodes (regions,
 * technologies, segments) by their names in the graph, kinds and coded values (stage, qualification, device class) by
 * the model's labels.
 */
final class FacetCounts {

    static final int FACET_VALUES = 30;

    private final SearchIndex index;
    private final Function<List<String>, List<GraphNode>> nodes;
    private volatile ReaderState facetState;
    private volatile FacetLabels facetLabels;

    FacetCounts(SearchIndex index, Function<List<String>, List<GraphNode>> nodes) {
        this.index = index;
        this.nodes = nodes;
    }

    List<SearchResults.Facet> of(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = stateFor(searcher.getIndexReader());
        if (state == null) {
            return List.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        List<SearchResults.Facet> facets = new ArrayList<>();
        List<FacetResult> results = new ArrayList<>();
        for (String dim : SearchFields.DIMENSIONS) {
            FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(FACET_VALUES, dim);
            if (result != null) {
                results.add(result);
            }
        }
        List<String> ids = results.stream()
                .filter(r -> Set.of(SearchFields.REGION, SearchFields.TECHNOLOGY, SearchFields.SEGMENT)
                        .contains(r.dim))
                .flatMap(r -> java.util.Arrays.stream(r.labelValues).map(lv -> lv.label))
                .distinct()
                .toList();
        Map<String, String[]> labels = facetLabels(searcher.getIndexReader(), ids);
        for (FacetResult result : results) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            for (var value : result.labelValues) {
                String[] label = label(result.dim, value.label, labels);
                values.add(new SearchResults.FacetValue(value.label, label[0], label[1], value.value.intValue()));
            }
            facets.add(new SearchResults.Facet(result.dim, values));
        }
        return facets;
    }

    /**
     * Names of the tree nodes facet values point to (regions, technologies, segments), kept for the reader they were
     * read for: a busy search box would otherwise ask the graph for the same few hundred names on every request. Only
     * names not yet known are read, in one catalog call.
     */
    private Map<String, String[]> facetLabels(IndexReader reader, List<String> ids) {
        FacetLabels current = facetLabels;
        if (current == null || current.reader() != reader) {
            current = new FacetLabels(reader, new ConcurrentHashMap<>());
            facetLabels = current;
        }
        Map<String, String[]> known = current.names();
        List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (GraphNode node : nodes.apply(missing)) {
                Object en = node.property("nameEn");
                known.put(node.id(), new String[] {node.name(), en == null ? node.name() : en.toString()});
            }
        }
        return known;
    }

    private static String[] label(String dim, String value, Map<String, String[]> names) {
        String[] name = names.get(value);
        if (name != null) {
            return name;
        }
        if (dim.equals(SearchFields.KIND)) {
            return NodeKind.valueOf(value) instanceof NodeKind k
                    ? new String[] {k.zh(), k.en()}
                    : new String[] {value, value};
        }
        String key = switch (dim) {
            case SearchFields.STAGE -> "stage";
            case SearchFields.QUALIFICATION -> "qualifications";
            case SearchFields.DEVICE_CLASS -> "deviceClass";
            default -> null;
        };
        return key == null ? new String[] {value, value} : codeLabel(key, value);
    }

    private static String[] codeLabel(String key, String code) {
        for (NodeKind kind : NodeKind.values()) {
            for (PropertySpec property : kind.properties()) {
                if (property.key().equals(key)) {
                    for (Code c : property.codes()) {
                        if (c.code().equals(code)) {
                            return new String[] {c.zh(), c.en()};
                        }
                    }
                }
            }
        }
        return new String[] {code, code};
    }

    /** The facet state is costly to build, so it is kept for the reader it was built from. */
    private SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        ReaderState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(
                    reader, index.facets().config());
        } catch (IllegalArgumentException e) {
            // An empty index has no facet field yet: no facets to count.
            return null;
        }
        facetState = new ReaderState(reader, state);
        return state;
    }

    private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private record FacetLabels(IndexReader reader, Map<String, String[]> names) {}
}

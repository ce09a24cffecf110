package org.brainbridge.search;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.brainbridge.graph.model.NodeKind;
import org.springframework.stereotype.Component;

/** Turns what the graph says of a node into a Lucene document. Every field is described in {@link SearchFields}. */
@Component
class DocumentMapper {

    private final FacetsConfig facets = facetsConfig();
    private final SearchAnalysis analysis;

    /**
     * Topics without length norms: a broad enterprise with many technologies is as much about each of them as a
     * narrow one.
     */
    private static final org.apache.lucene.document.FieldType TOPIC = topicType();

    private static org.apache.lucene.document.FieldType topicType() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    DocumentMapper(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        SearchFields.DIMENSIONS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    FacetsConfig facets() {
        return facets;
    }

    Document document(IndexedNode node) throws java.io.IOException {
        Document doc = new Document();
        // Exact, stored: the key for updates and deletes; as doc values, what a hit returns (see DocIds).
        doc.add(new StringField(SearchFields.ID, node.id(), Field.Store.YES));
        doc.add(new org.apache.lucene.document.SortedDocValuesField(
                SearchFields.ID, new org.apache.lucene.util.BytesRef(node.id())));
        doc.add(new StoredField(SearchFields.DISPLAY, node.displayName()));
        doc.add(new org.apache.lucene.document.SortedDocValuesField(
                SearchFields.DISPLAY, new org.apache.lucene.util.BytesRef(node.displayName())));
        // Filters and facets: an exact term per value (ancestors included) and a doc-values facet entry.
        dimension(doc, SearchFields.KIND, List.of(node.kind().name()));
        dimension(doc, SearchFields.REGION, node.regions());
        dimension(doc, SearchFields.TECHNOLOGY, node.technologies());
        dimension(doc, SearchFields.SEGMENT, node.segments());
        dimension(doc, SearchFields.STAGE, node.stages());
        dimension(doc, SearchFields.QUALIFICATION, node.qualifications());
        dimension(doc, SearchFields.DEVICE_CLASS, node.deviceClasses());
        // Text, analysed per field (see SearchAnalysis); names and texts stored for highlighted snippets.
        List<String> names = names(node);
        for (String name : names) {
            doc.add(new TextField(SearchFields.NAME, name, Field.Store.YES));
            doc.add(new TextField(SearchFields.NAME_BIGRAM, name, Field.Store.NO));
            doc.add(new TextField(SearchFields.NAME_PINYIN, name, Field.Store.NO));
            doc.add(new TextField(SearchFields.NAME_SYLLABLES, name, Field.Store.NO));
            doc.add(new StringField(SearchFields.NAME_EXACT, SearchAnalysis.fold(name), Field.Store.NO));
        }
        for (String text : node.texts()) {
            doc.add(new TextField(SearchFields.TEXT, text, Field.Store.YES));
        }
        // One value per neighbour: each is its own passage when the highlighter shows why a node matched.
        for (String neighbour : node.neighbourNames()) {
            doc.add(new TextField(SearchFields.NEIGHBOURS, neighbour, Field.Store.YES));
        }
        for (String topic : node.topics()) {
            doc.add(new Field(SearchFields.TOPICS, topic, TOPIC));
        }
        // Prefixes of names, their words, pinyin and initials (a person's name is not among the names).
        for (String name : names) {
            doc.add(new TextField(SearchFields.SUGGEST, name, Field.Store.NO));
        }
        // Ranking (see ProfileFeatures) and the order of suggestions.
        doc.add(new NumericDocValuesField(SearchFields.DEGREE, node.degree()));
        doc.add(new org.apache.lucene.document.FloatDocValuesField(SearchFields.COMPLETENESS, node.completeness()));
        doc.add(new NumericDocValuesField(SearchFields.LOOKS, looks(node)));
        // The kind prior as a value per document: one multiplication per hit at query time, not a query per kind.
        doc.add(new org.apache.lucene.document.FloatDocValuesField(
                SearchFields.PRIOR, KindPrior.KIND_PRIOR.getOrDefault(node.kind(), 1f)));
        return facets.build(doc);
    }

    /** Kind and folded display name as one number: equal for hits a reader could not tell apart in a list. */
    static long looks(IndexedNode node) {
        String key =
                node.kind().name() + '|' + SearchAnalysis.fold(node.displayName() == null ? "" : node.displayName());
        long hash = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            hash = 31 * hash + key.charAt(i);
        }
        return hash;
    }

    /** The node's names; a region's also with the abbreviations people type for it (沪 for 上海市). */
    private List<String> names(IndexedNode node) {
        if (node.kind() != NodeKind.REGION) {
            return node.names();
        }
        List<String> names = new java.util.ArrayList<>(node.names());
        analysis.regionAliases(node.displayName()).stream()
                .filter(a -> !names.contains(a))
                .forEach(names::add);
        return names;
    }

    private static void dimension(Document doc, String dim, List<String> values) {
        for (String value : new LinkedHashSet<>(values)) {
            doc.add(new StringField(dim, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }
}

package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LookAlikesTest {

    @Test
    void aThirdLookAlikeAndTheFollowingOnesMoveBehindTheOtherHits() throws IOException {
        // crc-1..6 look the same and score highest (the word three times), then a, b, c.
        List<String> order = ranked(
                List.of("crc-1", "crc-2", "crc-3", "crc-4", "crc-5", "crc-6", "a", "b", "c"),
                id -> id.startsWith("crc") ? 7L : id.hashCode(),
                id -> id.startsWith("crc") ? "ethics ethics ethics" : "ethics");
        assertThat(order).containsExactly("crc-1", "crc-2", "a", "b", "c", "crc-3", "crc-4", "crc-5", "crc-6");
    }

    @Test
    void hitsThatLookDifferentKeepTheirOrder() throws IOException {
        List<String> order = ranked(
                List.of("x", "y", "z"), id -> (long) id.hashCode(), id -> id.equals("x") ? "ethics ethics" : "ethics");
        assertThat(order.getFirst()).isEqualTo("x");
        assertThat(order).hasSize(3);
    }

    @Test
    void aPageFitsInsideTheWindowSoPagesAgree() {
        assertThat(LookAlikes.collect(10)).isEqualTo(LookAlikes.WINDOW);
        assertThat(LookAlikes.collect(LookAlikes.WINDOW + 5)).isEqualTo(LookAlikes.WINDOW + 5);
    }

    private static List<String> ranked(
            List<String> ids,
            java.util.function.Function<String, Long> looks,
            java.util.function.Function<String, String> text)
            throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String id : ids) {
                Document doc = new Document();
                doc.add(new StringField(SearchFields.ID, id, Field.Store.YES));
                doc.add(new TextField(SearchFields.TEXT, text.apply(id), Field.Store.NO));
                doc.add(new NumericDocValuesField(SearchFields.LOOKS, looks.apply(id)));
                writer.addDocument(doc);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var top = searcher.search(new TermQuery(new Term(SearchFields.TEXT, "ethics")), LookAlikes.collect(10));
            List<String> order = new ArrayList<>();
            for (ScoreDoc hit : LookAlikes.spread(searcher, top.scoreDocs)) {
                order.add(searcher.storedFields().document(hit.doc).get(SearchFields.ID));
            }
            return order;
        }
    }
}

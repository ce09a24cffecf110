package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Edit-distance matching is asked only for words the index does not know well enough to be spelled right. */
class TypoQueryTest {

    @Test
    void aKnownWordAsksForNothingMoreAndAnUnknownOneForItsNeighboursByEdits() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < TypoQuery.KNOWN_MIN_DOCS; i++) {
                    writer.addDocument(doc("rehabilitation robot"));
                }
                writer.addDocument(doc("rehabilitaion glove"));
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TypoQuery known = new TypoQuery(new Term("text", "rehabilitation"), 2);
                TypoQuery typo = new TypoQuery(new Term("text", "rehabilitaion"), 2);
                TypoQuery rare = new TypoQuery(new Term("text", "glove"), 1);

                assertThat(searcher.rewrite(known)).isInstanceOf(MatchNoDocsQuery.class);
                assertThat(known.rewrite(searcher)).isInstanceOf(MatchNoDocsQuery.class);
                assertThat(typo.rewrite(searcher)).isInstanceOf(FuzzyQuery.class);
                assertThat(searcher.count(typo))
                        .as("the typo finds the right spelling")
                        .isEqualTo(6);
                assertThat(rare.rewrite(searcher))
                        .as("a word in one document may be a typo")
                        .isInstanceOf(FuzzyQuery.class);
            }
        }
    }

    @Test
    void expandsToTheTermsAndWeightsOfLucenesFuzzyQueryWhetherItsAutomatonIsNewOrKept() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String text : List.of(
                        "rehabilitation robot",
                        "rehabilitating patients",
                        "habilitation",
                        "rehabilitaton glove",
                        "rehabiltation centre",
                        "erhabilitation",
                        "electroencephalography",
                        "electroencephalogram")) {
                    writer.addDocument(doc(text));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String typed : List.of("rehabilitaion", "electroencephalograpy", "robto")) {
                    int edits = typed.length() >= 7 ? 2 : 1;
                    Term term = new Term("text", typed);
                    var lucene = searcher.rewrite(new FuzzyQuery(term, edits, 1, 20, true));
                    for (int attempt = 0; attempt < 2; attempt++) {
                        assertThat(searcher.rewrite(new TypoQuery(term, edits)))
                                .as("%s, attempt %d", typed, attempt)
                                .isEqualTo(lucene);
                    }
                }
            }
        }
    }

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }
}

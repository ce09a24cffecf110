package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The prior multiplies a text score as the ranking means it to, and the pruning its bound allows never loses a hit
 * that belongs on the page: top-k with early termination equals scoring every match.
 */
class PriorQueryTest {

    private static final String[] WORDS = {"eeg", "bci", "electrode", "rehab", "chip", "sleep", "implant"};
    private static final float[] PRIORS = {0.5f, 0.7f, 0.8f, 1f, 1.15f, 1.2f, 1.3f};

    @Test
    void topHitsWithPruningEqualThoseOfScoringEveryMatch() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            index(directory, 20_000);
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String[] words : new String[][] {{"eeg"}, {"eeg", "bci"}, {"rehab", "chip", "sleep"}}) {
                    Query text = text(words);
                    Query named = new TermQuery(new Term("kind", "TECHNOLOGY"));
                    Query ours = new PriorQuery(text, named, "prior", 1.3f);
                    TopDocs pruned = searcher.search(ours, new TopScoreDocCollectorManager(10, 10));
                    TopDocs everything = searcher.search(ours, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
                    ScoreDoc[] expected = expected(searcher, text, named);

                    assertThat(pruned.totalHits.value()).isLessThanOrEqualTo(everything.totalHits.value());
                    assertThat(docs(pruned)).containsExactly(docs(everything));
                    for (int i = 0; i < 10; i++) {
                        assertThat(pruned.scoreDocs[i].score)
                                .isCloseTo(expected[i].score, org.assertj.core.data.Offset.offset(1e-4f));
                    }
                }
            }
        }
    }

    @Test
    void aNamedDocumentCountsFully() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                writer.addDocument(doc("eeg", "TECHNOLOGY", 0.8f));
                writer.addDocument(doc("eeg", "ENTERPRISE", 1.3f));
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query text = new TermQuery(new Term("text", "eeg"));
                float plain = searcher.search(text, 1).scoreDocs[0].score;
                ScoreDoc[] hits = searcher.search(
                                new PriorQuery(text, new TermQuery(new Term("kind", "TECHNOLOGY")), "prior", 1.3f), 2)
                        .scoreDocs;
                assertThat(hits[0].doc).isEqualTo(1);
                assertThat(hits[0].score).isCloseTo(plain * 1.3f, org.assertj.core.data.Offset.offset(1e-5f));
                assertThat(hits[1].score).isCloseTo(plain, org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }

    private static void index(ByteBuffersDirectory directory, int n) throws Exception {
        Random random = new Random(42);
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(30);
                for (int w = 0; w < length; w++) {
                    // Skewed: the first words are in almost every document, as BCI words are in this graph.
                    text.append(WORDS[Math.min(WORDS.length - 1, (int) (-Math.log(random.nextDouble()) * 2))])
                            .append(' ');
                }
                float prior = PRIORS[random.nextInt(PRIORS.length)];
                writer.addDocument(doc(text.toString(), prior < 0.9f ? "TECHNOLOGY" : "ENTERPRISE", prior));
            }
        }
    }

    private static Document doc(String text, String kind, float prior) {
        Document doc = new Document();
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new StringField("kind", kind, Field.Store.NO));
        doc.add(new FloatDocValuesField("prior", prior));
        return doc;
    }

    private static Query text(String... words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        }
        return query.build();
    }

    /** Every match scored by the text alone, then multiplied by hand: the prior, or 1 for a named document. */
    private static ScoreDoc[] expected(IndexSearcher searcher, Query text, Query named) throws Exception {
        var reader = searcher.getIndexReader();
        java.util.Set<Integer> fully = new java.util.HashSet<>();
        for (ScoreDoc d : searcher.search(named, reader.maxDoc()).scoreDocs) {
            fully.add(d.doc);
        }
        var priors = org.apache.lucene.index.MultiDocValues.getNumericValues(reader, "prior");
        java.util.List<ScoreDoc> all = new java.util.ArrayList<>();
        for (ScoreDoc d : searcher.search(text, reader.maxDoc()).scoreDocs) {
            float prior = 1f;
            if (!fully.contains(d.doc) && priors.advanceExact(d.doc)) {
                prior = Float.intBitsToFloat((int) priors.longValue());
            }
            all.add(new ScoreDoc(d.doc, d.score * prior));
        }
        all.sort(java.util.Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return all.subList(0, 10).toArray(ScoreDoc[]::new);
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }
}

package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The profile features add to a text score and the prior multiplies the sum as the ranking means them to, and the
 * pruning their bounds allow never loses a hit that belongs on the page: top-k with early termination equals scoring
 * every match.
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
                for (Query text : List.of(
                        text("eeg"),
                        text("eeg", "bci"),
                        text("rehab", "chip", "sleep"),
                        dismax("eeg", "bci"),
                        dismax("eeg", "bci", "electrode", "rehab"),
                        // A phrase matches in two phases: the skipping works on its approximation.
                        new DisjunctionMaxQuery(
                                List.of(new PhraseQuery("text", "eeg", "bci"), new TermQuery(new Term("text", "chip"))),
                                0.3f))) {
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
    void blocksThatCannotReachThePageAreSkipped() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                // The strong matches come first; afterwards only a weak word in long texts, block after block.
                for (int i = 0; i < 20_000; i++) {
                    String text = i < 200 ? "eeg eeg eeg bci" : "bci " + "chip ".repeat(20);
                    writer.addDocument(doc(text, "ENTERPRISE", 1f));
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // A disjunction-max with a tie-breaker cannot skip by itself: the skipping is the prior's.
                TopTen top = TopTen.of(searcher, new PriorQuery(dismax("eeg", "bci"), null, "prior", 1.3f));

                assertThat(docs(top.pruned())).containsExactly(docs(top.everything()));
                assertThat(top.pruned().totalHits.value())
                        .isLessThan(top.everything().totalHits.value() / 2);
            }
        }
    }

    @Test
    void matchesWhosePriorKeepsThemOffThePageAreNotScored() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                // The same text in every match, so every block's bound is the same: only a document's prior tells.
                for (int i = 0; i < 20_000; i++) {
                    if (i % 10 != 0) {
                        writer.addDocument(doc("chip", "ENTERPRISE", 1.3f));
                    } else if (i % 100 == 0) {
                        writer.addDocument(doc("eeg bci", "ENTERPRISE", 1.3f));
                    } else {
                        writer.addDocument(doc("eeg bci", "TALENT", 0.5f));
                    }
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopTen top = TopTen.of(searcher, new PriorQuery(dismax("eeg", "bci"), null, "prior", 1.3f));

                assertThat(docs(top.pruned())).containsExactly(docs(top.everything()));
                assertThat(Arrays.stream(docs(top.pruned())).boxed()).allMatch(doc -> doc % 100 == 0);
                assertThat(top.pruned().totalHits.value())
                        .isLessThan(top.everything().totalHits.value() / 4);
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

    /** The top ten with early termination (counting stops at ten) and with every match scored. */
    private record TopTen(TopDocs pruned, TopDocs everything) {

        static TopTen of(IndexSearcher searcher, Query query) throws Exception {
            return new TopTen(
                    searcher.search(query, new TopScoreDocCollectorManager(10, 10)),
                    searcher.search(query, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE)));
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
                Document doc = doc(text.toString(), prior < 0.9f ? "TECHNOLOGY" : "ENTERPRISE", prior);
                if (random.nextInt(10) > 0) {
                    doc.add(new NumericDocValuesField(SearchFields.DEGREE, random.nextInt(200)));
                    doc.add(new FloatDocValuesField(SearchFields.COMPLETENESS, random.nextFloat()));
                }
                writer.addDocument(doc);
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

    /** The words in one field as a disjunction-max with a tie-breaker, as the search builds a word's alternatives. */
    private static Query dismax(String... words) {
        return new DisjunctionMaxQuery(
                Arrays.stream(words)
                        .map(w -> (Query) new TermQuery(new Term("text", w)))
                        .toList(),
                0.3f);
    }

    /**
     * Every match scored by the text alone, the features added and the sum multiplied by hand: by the prior, or 1 for
     * a named document.
     */
    private static ScoreDoc[] expected(IndexSearcher searcher, Query text, Query named) throws Exception {
        var reader = searcher.getIndexReader();
        java.util.Set<Integer> fully = new java.util.HashSet<>();
        for (ScoreDoc d : searcher.search(named, reader.maxDoc()).scoreDocs) {
            fully.add(d.doc);
        }
        var priors = org.apache.lucene.index.MultiDocValues.getNumericValues(reader, "prior");
        var degrees = org.apache.lucene.index.MultiDocValues.getNumericValues(reader, SearchFields.DEGREE);
        var completeness = org.apache.lucene.index.MultiDocValues.getNumericValues(reader, SearchFields.COMPLETENESS);
        java.util.List<ScoreDoc> all = new java.util.ArrayList<>();
        ScoreDoc[] matches = searcher.search(text, reader.maxDoc()).scoreDocs;
        Arrays.sort(matches, java.util.Comparator.comparingInt(d -> d.doc));
        for (ScoreDoc d : matches) {
            double features = 0;
            if (degrees.advanceExact(d.doc)) {
                double value = kept(Math.max(1, degrees.longValue()));
                features += 0.4 * value / (value + 8.0);
            }
            if (completeness.advanceExact(d.doc)) {
                double value = kept(Math.max(0.01f, Float.intBitsToFloat((int) completeness.longValue())));
                features += 0.3 * value / (value + 0.5);
            }
            float prior = 1f;
            if (!fully.contains(d.doc) && priors.advanceExact(d.doc)) {
                prior = Float.intBitsToFloat((int) priors.longValue());
            }
            all.add(new ScoreDoc(d.doc, (float) ((d.score + features) * prior)));
        }
        all.sort(java.util.Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        return all.subList(0, 10).toArray(ScoreDoc[]::new);
    }

    /** A feature value with the 9 significant bits Lucene's FeatureField keeps (the ranking was judged with those). */
    private static float kept(float value) {
        return Float.intBitsToFloat((Float.floatToIntBits(value) >>> 15) << 15);
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }
}

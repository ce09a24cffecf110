package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The disjunction-max that skips scores every document as Lucene's own disjunction-max does, and its skipping never
 * loses a hit that belongs on the page.
 */
class TieMaxQueryTest {

    private static final String[] WORDS = {"eeg", "bci", "electrode", "rehab", "chip", "sleep", "implant"};

    @Test
    void scoresEveryDocumentAsLucenesDisjunctionMax() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            index(directory, 5_000);
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (List<Query> alternatives : alternatives()) {
                    TopDocs ours = searcher.search(new TieMaxQuery(alternatives, 0.3f), reader.maxDoc());
                    TopDocs lucene = searcher.search(new DisjunctionMaxQuery(alternatives, 0.3f), reader.maxDoc());

                    assertThat(ours.totalHits.value()).isEqualTo(lucene.totalHits.value());
                    assertThat(byDoc(ours)).isEqualTo(byDoc(lucene));
                }
            }
        }
    }

    @Test
    void topHitsWithSkippingEqualThoseOfScoringEveryMatch() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            index(directory, 20_000);
            try (var reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                long visitedWithSkipping = 0;
                long visitedAll = 0;
                for (List<Query> alternatives : alternatives()) {
                    // Under the prior query, as the search runs it: the minimum score reaches the alternatives.
                    Query ours = new PriorQuery(new TieMaxQuery(alternatives, 0.3f), null, "prior", 1.3f);
                    TopDocs skipping = searcher.search(ours, new TopScoreDocCollectorManager(10, 10));
                    TopDocs everything = searcher.search(ours, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));

                    assertThat(docs(skipping)).containsExactly(docs(everything));
                    visitedWithSkipping += skipping.totalHits.value();
                    visitedAll += everything.totalHits.value();
                }
                // The weak alternatives (texts full of common words) are left out once the page is full.
                assertThat(visitedWithSkipping).isLessThan(visitedAll / 2);
            }
        }
    }

    /** A strong field (short names with rare words) and a weak one (long texts of common words), and a phrase. */
    private static List<List<Query>> alternatives() {
        Query nameEeg = new BoostQuery(new TermQuery(new Term("name", "implant")), 4f);
        Query textEeg = new TermQuery(new Term("text", "eeg"));
        Query textBci = new TermQuery(new Term("text", "bci"));
        Query phrase = new PhraseQuery("text", "eeg", "bci");
        Query both = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("name", "sleep")), Occur.MUST)
                .add(new TermQuery(new Term("name", "chip")), Occur.MUST)
                .build();
        return List.of(
                List.of(nameEeg, textEeg),
                List.of(nameEeg, textEeg, textBci),
                List.of(nameEeg, phrase, textBci),
                List.of(both, textEeg, new BoostQuery(textBci, 0.6f)));
    }

    private static void index(ByteBuffersDirectory directory, int n) throws Exception {
        Random random = new Random(7);
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < n; i++) {
                Document doc = new Document();
                doc.add(new TextField("name", words(random, 1 + random.nextInt(3), 4), Field.Store.NO));
                doc.add(new TextField("text", words(random, 5 + random.nextInt(40), 1), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }

    /** Words drawn with a skew: the first in almost every text, the last rare (less so with a larger spread). */
    private static String words(Random random, int count, double spread) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int i = (int) (-Math.log(random.nextDouble()) * 1.5 * spread);
            text.append(WORDS[Math.min(WORDS.length - 1, i)]).append(' ');
        }
        return text.toString();
    }

    /** Every hit as "doc=score", in document order: equal scores to the last bit. */
    private static List<String> byDoc(TopDocs top) {
        return Arrays.stream(top.scoreDocs)
                .sorted(Comparator.comparingInt(d -> d.doc))
                .map(d -> d.doc + "=" + d.score)
                .toList();
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }
}

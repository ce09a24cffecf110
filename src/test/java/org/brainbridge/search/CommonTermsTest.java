package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alternatives made of terms most documents hold are left out while another alternative remains; what matches
 * otherwise ranks as before, its scores changed by no more than the left-out terms could add.
 */
class CommonTermsTest {

    private static final int DOCS = 2_000;

    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws Exception {
        directory = new ByteBuffersDirectory();
        Random random = new Random(7);
        String[] rare = {"eeg", "electrode", "rehab", "implant", "sleep"};
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "n" + i, Field.Store.YES));
                // Every document but a few has the root topic; a rare word in names now and then.
                doc.add(new TextField(
                        "topics", i % 50 == 0 ? "other" : "bci brain computer interface", Field.Store.NO));
                StringBuilder name = new StringBuilder();
                for (int w = 0; w < 3; w++) {
                    name.append(
                                    random.nextInt(10) == 0
                                            ? rare[random.nextInt(rare.length)]
                                            : "word" + random.nextInt(300))
                            .append(' ');
                }
                doc.add(new TextField("name", name.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void aCommonAlternativeIsLeftOutAndTheRestRanksAsBefore() throws Exception {
        for (String word : List.of("eeg", "rehab", "sleep")) {
            Query query = word(word, "bci");
            Query pruned = CommonTerms.prune(query, reader);

            assertThat(pruned.toString()).doesNotContain("topics:bci").contains("name:" + word);
            ScoreDoc[] before = searcher.search(query, DOCS).scoreDocs;
            ScoreDoc[] after = searcher.search(pruned, DOCS).scoreDocs;
            assertThat(after.length).isLessThan(before.length / 2).isPositive();
            // The documents that still match are those the rare alternative found, scored as before but for the tie
            // share of a term in nearly every document.
            float commonMost = searcher.search(new TermQuery(new Term("topics", "bci")), 1).scoreDocs[0].score;
            assertThat(commonMost).isLessThan(0.05f);
            for (ScoreDoc hit : after) {
                ScoreDoc same = find(before, hit.doc);
                assertThat(same).isNotNull();
                assertThat(hit.score).isCloseTo(same.score, within(0.3f * commonMost + 1e-6f));
            }
            // In the same order, but among equals: a document without the common term loses its tie share.
            for (int i = 1; i < after.length; i++) {
                assertThat(find(before, after[i - 1].doc).score)
                        .isGreaterThanOrEqualTo(find(before, after[i].doc).score - 0.3f * commonMost - 1e-6f);
            }
            assertThat(ids(after)).containsExactlyInAnyOrderElementsOf(nameMatches(word));
        }
    }

    @Test
    void conjunctionsAndDisjunctionsOfCommonTermsCountAsCommon() throws Exception {
        Query conjunction = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("topics", "brain")), Occur.MUST)
                .add(new TermQuery(new Term("topics", "computer")), Occur.MUST)
                .build();
        Query concept = new DisjunctionMaxQuery(
                List.of(new TermQuery(new Term("topics", "bci")), new BoostQuery(conjunction, 2f)), 0f);
        Query query = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("name", "eeg")), concept), 0.3f);

        assertThat(CommonTerms.prune(query, reader).toString()).isEqualTo("(name:eeg)~0.3");
    }

    @Test
    void aQueryOfCommonTermsOnlyIsKeptWhole() throws Exception {
        Query onlyCommon = new DisjunctionMaxQuery(
                List.of(new TermQuery(new Term("topics", "bci")), new TermQuery(new Term("topics", "brain"))), 0f);
        assertThat(CommonTerms.prune(onlyCommon, reader)).isSameAs(onlyCommon);

        Query disjunction = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("topics", "bci")), Occur.SHOULD)
                .add(new TermQuery(new Term("topics", "interface")), Occur.SHOULD)
                .build();
        assertThat(CommonTerms.prune(disjunction, reader)).isSameAs(disjunction);
    }

    @Test
    void phrasesRequiredClausesAndRareQueriesAreLeftAlone() throws Exception {
        Query phrase = new PhraseQuery("topics", "brain", "computer");
        Query withPhrase = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("name", "eeg")), phrase), 0f);
        assertThat(CommonTerms.prune(withPhrase, reader)).isSameAs(withPhrase);

        // Every word required: a required common word is what was asked for, not an alternative.
        Query required = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("name", "eeg")), Occur.MUST)
                .add(new TermQuery(new Term("topics", "bci")), Occur.MUST)
                .build();
        assertThat(CommonTerms.prune(required, reader)).isSameAs(required);

        Query rare = word("implant", "implant");
        assertThat(CommonTerms.prune(rare, reader)).isSameAs(rare);
    }

    @Test
    void theKindPriorIsKeptAroundThePrunedText() throws Exception {
        Query text = word("eeg", "bci");
        PriorQuery prior = new PriorQuery(text, null, "prior", 1.3f);
        Query pruned = CommonTerms.prune(prior, reader);

        assertThat(pruned).isInstanceOf(PriorQuery.class);
        assertThat(((PriorQuery) pruned).inner()).isEqualTo(CommonTerms.prune(text, reader));
    }

    /** A word as the search builds it: in names, or in topics, the best field plus a share of the others. */
    private static Query word(String inName, String inTopics) {
        return new DisjunctionMaxQuery(
                List.of(
                        new BoostQuery(new TermQuery(new Term("name", inName)), 4f),
                        new TermQuery(new Term("topics", inTopics))),
                0.3f);
    }

    private List<String> nameMatches(String word) throws Exception {
        return ids(searcher.search(new TermQuery(new Term("name", word)), DOCS).scoreDocs);
    }

    private static ScoreDoc find(ScoreDoc[] hits, int doc) {
        for (ScoreDoc hit : hits) {
            if (hit.doc == doc) {
                return hit;
            }
        }
        return null;
    }

    private List<String> ids(ScoreDoc[] hits) throws Exception {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}

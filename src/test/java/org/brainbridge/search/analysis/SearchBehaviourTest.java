package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What matches what, end to end: a small in-memory Lucene index built with the index-time analyzers, queried through
 * Lucene's QueryBuilder with the query-time ones (which turns synonym graphs into alternatives). Offsets are indexed
 * too, so IndexWriter checks that every token stream is well formed.
 */
class SearchBehaviourTest {

    static final Map<String, String> DOCUMENTS = Map.of(
            "policy", "江西省加快脑机接口技术发展",
            "bank", "南昌银行",
            "niankang", "瑶湖念康电子科技股份有限公司",
            "headset", "EEG headset for sleep monitoring",
            "noninvasive", "非侵入式脑机接口",
            "chongqing", "重庆大学",
            "stroke", "Brain-computer interfaces for stroke rehabilitation",
            "computer-room", "电脑机房");

    static Analyzers analyzers;
    static Directory directory;
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        analyzers = new Analyzers();
        directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(
                analyzers.text(),
                Map.of(
                        "bigrams", analyzers.nameBigrams(),
                        "pinyin", analyzers.pinyin(),
                        "suggest", analyzers.suggest()));
        FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (var entry : DOCUMENTS.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField("id", entry.getKey(), Field.Store.YES));
                for (String field : new String[] {"text", "bigrams", "pinyin", "suggest"}) {
                    doc.add(new Field(field, entry.getValue(), withOffsets));
                }
                writer.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.getIndexReader().close();
        directory.close();
        analyzers.close();
    }

    @Test
    void aShortFormFindsTheDomainTermInBothLanguagesButNotAComputerRoom() throws IOException {
        // 脑机 is on the BCI synonym line, so the English document matches too; 电脑机房 does not.
        assertThat(matchAll(analyzers, "text", "脑机")).containsExactly("noninvasive", "policy", "stroke");
    }

    @Test
    void bciInEitherLanguageFindsBothLanguages() throws IOException {
        for (String bci : new String[] {"BCI", "ＢＣＩ", "脑机接口", "腦機接口", "brain-computer interface"}) {
            assertThat(matchAll(analyzers, "text", bci)).as(bci).containsExactly("noninvasive", "policy", "stroke");
        }
    }

    @Test
    void synonymsBridgeChineseAndEnglish() throws IOException {
        assertThat(matchAll(analyzers, "text", "脑电")).containsExactly("headset");
        assertThat(matchAll(analyzers, "text", "康复")).containsExactly("stroke");
        assertThat(matchAll(analyzers, "text", "无创脑机接口")).containsExactly("noninvasive");
    }

    @Test
    void phrasesMatchAcrossJoinedTermsAndTheirParts() throws IOException {
        assertThat(phrase(analyzers, "text", "加快脑机接口技术")).containsExactly("policy");
        assertThat(phrase(analyzers, "text", "brain computer interfaces for stroke"))
                .containsExactly("stroke");
    }

    @Test
    void pinyinInAnyOfItsFormsFindsTheName() throws IOException {
        for (String typed :
                new String[] {"nc yh", "yinhang", "nanchangyinhang", "ncyh", "nanchang yinhang", "yin hang"}) {
            assertThat(matchAll(analyzers, "pinyin", typed)).as(typed).containsExactly("bank");
        }
        assertThat(matchAll(analyzers, "pinyin", "chongqing")).containsExactly("chongqing");
        assertThat(matchAll(analyzers, "pinyin", "yhnk")).containsExactly("niankang");
    }

    @Test
    void bigramsFindAnUnknownCompanyByItsShortForm() throws IOException {
        assertThat(phrase(analyzers, "bigrams", "念康")).containsExactly("niankang");
        assertThat(phrase(analyzers, "bigrams", "瑶湖念康")).containsExactly("niankang");
    }

    @Test
    void suggestionsMatchPrefixesOfNamesPinyinAndInitials() throws IOException {
        assertThat(suggest("南昌")).containsExactly("bank");
        assertThat(suggest("nc")).containsExactly("bank");
        assertThat(suggest("念康")).containsExactly("niankang");
        assertThat(suggest("yhnk")).containsExactly("niankang");
        assertThat(suggest("chongq")).containsExactly("chongqing");
    }

    @Test
    void curatorsOverridesWorkOnAnIndexBuiltWithoutThem(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("domain-dictionary.txt"), "念康\n");
        Files.writeString(overrides.resolve("synonyms.txt"), "念康, niankang\n");
        try (Analyzers curated = new Analyzers(Optional.of(overrides))) {
            // The query now joins 念康, which the index lacks; the term's parts (a synonym path) still match.
            assertThat(Tokens.of(curated.textQuery(), "念康")).containsExactly("念", "niankang", "念康", "康");
            assertThat(matchAll(curated, "text", "念康")).containsExactly("niankang");
            assertThat(matchAll(curated, "text", "Niankang")).containsExactly("niankang");
        }
    }

    /** Every term (or, for a synonym graph, every term of one alternative) must match. */
    static Set<String> matchAll(Analyzers with, String field, String text) throws IOException {
        return ids(builder(with).createBooleanQuery(field, text, BooleanClause.Occur.MUST));
    }

    static Set<String> phrase(Analyzers with, String field, String text) throws IOException {
        return ids(builder(with).createPhraseQuery(field, text));
    }

    static Set<String> suggest(String typed) throws IOException {
        String prefix = Tokens.of(analyzers.suggestQuery(), typed).getFirst();
        return ids(Analyzers.suggestionQuery("suggest", prefix));
    }

    static QueryBuilder builder(Analyzers with) {
        QueryBuilder builder = new QueryBuilder(new PerFieldAnalyzerWrapper(
                with.textQuery(), Map.of("bigrams", with.nameBigrams(), "pinyin", with.pinyin())));
        // Multi-word synonyms (brain computer interface) as phrases: their positions in the graph are exact.
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return builder;
    }

    static Set<String> ids(Query query) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}

package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking rules of {@link SearchQueryBuilder}, each stated on a small in-memory index built by the real
 * {@link DocumentMapper} and analyzers: what comes first for which kind of query.
 */
class SearchRankingTest {

    static final String SHANGHAI = "region-310000";
    static final String NANCHANG = "region-360100";
    static final String NANCHANG_COUNTY = "region-360121";

    static DirectoryReader reader;
    static IndexSearcher searcher;
    static SearchQueryBuilder queries;
    static Spellings spellings;
    static Map<String, List<String>> regions;

    @BeforeAll
    static void index() throws IOException {
        SearchAnalysis analysis =
                new SearchAnalysis(new SearchProperties(Path.of("unused"), Duration.ofMillis(200), 500, null, 0));
        DocumentMapper mapper = new DocumentMapper(analysis);
        List<IndexedNode> nodes = List.of(
                node("region-310000", NodeKind.REGION, List.of("上海市", "Shanghai"), List.of(), List.of(), List.of()),
                // The county first: a first-come rule would give it the short form 「南昌」.
                node(
                        NANCHANG_COUNTY,
                        NodeKind.REGION,
                        List.of("南昌县", "Nanchang County"),
                        List.of(),
                        List.of(),
                        List.of(NANCHANG)),
                node("region-360100", NodeKind.REGION, List.of("南昌市", "Nanchang"), List.of(), List.of(), List.of()),
                node(
                        "tech-neuromodulation",
                        NodeKind.TECHNOLOGY,
                        List.of("神经调控", "Neuromodulation"),
                        List.of(),
                        List.of(),
                        List.of()),
                node(
                        "chain-neuromodulation",
                        NodeKind.CHAIN_SEGMENT,
                        List.of("神经调控设备"),
                        List.of(),
                        List.of(),
                        List.of()),
                node(
                        "ent-sh",
                        NodeKind.ENTERPRISE,
                        List.of("沪念波医疗科技有限公司"),
                        List.of("专注于经颅磁刺激治疗仪。"),
                        List.of("神经调控", "Neuromodulation"),
                        List.of(SHANGHAI)),
                node(
                        "ent-nc",
                        NodeKind.ENTERPRISE,
                        List.of("红谷智念医疗科技有限公司"),
                        List.of("专注于神经调控与治疗设备。"),
                        List.of("神经调控", "Neuromodulation"),
                        List.of(NANCHANG)),
                node(
                        "tal-1",
                        NodeKind.TALENT,
                        List.of("精神科主治医师（神经调控）"),
                        List.of("从事神经调控相关工作。"),
                        List.of(),
                        List.of(NANCHANG)),
                node(
                        "inst-bci",
                        NodeKind.INSTITUTION,
                        List.of("赣江脑机接口技术创新中心", "Ganjiang BCI Innovation Centre"),
                        List.of(),
                        List.of(),
                        List.of(NANCHANG)),
                node(
                        "prod-robot",
                        NodeKind.PRODUCT,
                        List.of("红谷神曜下肢外骨骼康复机器人 HN-280"),
                        List.of(),
                        List.of(),
                        List.of(NANCHANG)),
                node(
                        "prod-headband",
                        NodeKind.PRODUCT,
                        List.of("吉脑通便携式干电极脑电采集头环 JJ-170"),
                        List.of(),
                        List.of(),
                        List.of()),
                node("tal-same", NodeKind.TALENT, List.of("康复顾问"), List.of(), List.of(), List.of()),
                node("pos-same", NodeKind.POSITION, List.of("康复顾问"), List.of(), List.of(), List.of()),
                node("ent-same", NodeKind.ENTERPRISE, List.of("康复顾问"), List.of(), List.of(), List.of()),
                node("tech-eeg", NodeKind.TECHNOLOGY, List.of("脑电", "EEG"), List.of(), List.of(), List.of()),
                node("tech-flexible", NodeKind.TECHNOLOGY, List.of("柔性电极"), List.of(), List.of(), List.of()),
                node("tech-signal", NodeKind.TECHNOLOGY, List.of("柔性信号"), List.of(), List.of(), List.of()),
                node("prod-patch", NodeKind.PRODUCT, List.of("柔性水凝胶脑电电极贴片"), List.of(), List.of(), List.of()));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexing()))) {
            for (IndexedNode node : nodes) {
                writer.addDocument(mapper.document(node));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        queries = new SearchQueryBuilder(analysis);
        spellings = new Spellings(analysis.vocabulary());
        regions = RegionWords.of(searcher);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void aNamedRegionPutsItsHitsFirstWhateverTheirTextScore() {
        assertThat(search("上海 神经调控")).first().isEqualTo("ent-sh");
        assertThat(search("南昌 神经调控")).first().isEqualTo("ent-nc");
    }

    @Test
    void aRegionsOwnNameOrAliasBeatsAnotherRegionsShortForm() {
        // 南昌县 shortens to 南昌 too, and comes first in the index; 南昌 is the city's curated alias.
        assertThat(regions.get("南昌")).containsExactly(NANCHANG);
        assertThat(regions.get("nanchang")).containsExactly(NANCHANG);
        assertThat(regions.get("南昌县")).containsExactly(NANCHANG_COUNTY);
        assertThat(regions.get("南昌市")).containsExactly(NANCHANG);
        // Whichever region came first in the index, the city's enterprise is the Nanchang answer.
        assertThat(search("南昌 神经调控")).first().isEqualTo("ent-nc");
    }

    @Test
    void aDomainWordTypedByEarIsFoundInTextsAndNeighboursToo() {
        // 电级 for 电极 (both dian ji); pinyin for 神经调控, which the enterprises have only among their neighbours.
        assertThat(search("柔性电级")).first().isEqualTo("tech-flexible");
        assertThat(search("shenjing tiaokong")).contains("ent-nc", "ent-sh", "tech-neuromodulation");
        assertThat(search("shenjingtiaokong")).contains("ent-nc", "ent-sh");
    }

    @Test
    void theTechnologyNamedByOneConceptAnswersToo() {
        // 神经调控 has no 治疗; the enterprises have both (治疗 in their descriptions); a talent with only 神经调控 is
        // no answer.
        List<String> ids = search("神经调控 治疗");
        assertThat(ids).contains("tech-neuromodulation", "ent-sh", "ent-nc").doesNotContain("tal-1");
        assertThat(search("外骨骼 治疗")).doesNotContain("tech-neuromodulation");
    }

    @Test
    void aNamedRegionDoesNotStandInForTheWordsTyped() {
        // Nanchang holds the robot, the centre and a talent too; only those with 神经调控 answer 「南昌 神经调控」.
        assertThat(search("南昌 神经调控"))
                .containsExactlyInAnyOrder(
                        "ent-nc", "tal-1", "ent-sh", "tech-neuromodulation", "chain-neuromodulation");
        assertThat(search("南昌 外骨骼")).containsExactly("prod-robot");
        assertThat(search("南昌 柔性电极")).doesNotContain("inst-bci", "prod-robot", "region-360100");
    }

    @Test
    void regionAbbreviationsAndEnglishNamesNameTheRegionToo() {
        assertThat(regions).containsEntry("沪", List.of(SHANGHAI)).containsEntry("shanghai", List.of(SHANGHAI));
        assertThat(search("沪 神经调控")).first().isEqualTo("ent-sh");
        assertThat(search("Shanghai neuromodulation")).first().isEqualTo("ent-sh");
    }

    @Test
    void aTaxonomyNodeNamedExactlyWhatWasTypedComesFirst() {
        assertThat(search("神经调控")).first().isEqualTo("tech-neuromodulation");
        assertThat(search("neuromodulation")).first().isEqualTo("tech-neuromodulation");
    }

    @Test
    void organisationsAreFoundByTheirTopicsAndComeBeforePeopleWhoseHeadlineNamesIt() {
        List<String> topic = search("神经调控");
        // ent-sh says nothing of neuromodulation in its own text: its technologies do.
        assertThat(topic).contains("ent-sh");
        assertThat(topic).contains("ent-nc", "tal-1");
    }

    @Test
    void anEnterpriseComesBeforeAPersonOrJobPostWithTheSameText() {
        assertThat(search("康复顾问")).startsWith("ent-same", "pos-same", "tal-same");
    }

    @Test
    void pinyinTypedWithOrWithoutSpacesMatchesConsecutiveCharactersInsideALongerName() {
        assertThat(search("kangfu jiqiren")).first().isEqualTo("prod-robot");
        assertThat(search("waiguge")).first().isEqualTo("prod-robot");
        assertThat(search("naojijiekou")).first().isEqualTo("inst-bci");
    }

    @Test
    void anEnglishWordIsNotAlsoSearchedAsThePinyinItSplitsIntoByChance() {
        assertThat(syllableTerms("rehabilitation")).containsExactly("rehabilitation");
        assertThat(syllableTerms("kangfu")).contains("kang", "fu");
        assertThat(search("rehabilitation")).isNotEmpty();
    }

    private static java.util.Set<String> syllableTerms(String typed) {
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
        queries.build(QueryText.parse(typed), List.of(), regions, true)
                .visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        return terms.stream()
                .filter(t -> t.field().equals(SearchFields.NAME_SYLLABLES))
                .map(org.apache.lucene.index.Term::text)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aChineseWordTypedWithAHomophoneStillFindsTheName() {
        assertThat(search("柔性电级")).first().isEqualTo("tech-flexible");
    }

    @Test
    void wordsThatTogetherAreOneSynonymEntryMatchAsThatConcept() {
        // The institution never says "computer": "brain computer interface" is BCI, 脑机接口.
        assertThat(queries.concepts(List.of("brain", "computer", "interface", "rehabilitation")))
                .containsExactly("brain computer interface", "rehabilitation");
        assertThat(search("brain computer interface")).first().isEqualTo("inst-bci");
    }

    @Test
    void englishWordsMeetTheirChineseSynonymsOneConceptEach() {
        assertThat(search("EEG headset")).contains("prod-headband");
        assertThat(search("EEG 头环")).first().isEqualTo("prod-headband");
    }

    @Test
    void kindWordsComeFromTheirDataFileAndCuratorsExtendIt(@org.junit.jupiter.api.io.TempDir Path overrides)
            throws IOException {
        assertThat(queries.kindsNamed(QueryText.parse("康复 企业"))).containsExactly("ENTERPRISE");
        assertThat(queries.kindsNamed(QueryText.parse("企业"))).isEmpty(); // on its own, an ordinary word
        java.nio.file.Files.writeString(overrides.resolve("kind-words.txt"), "enterprise: 厂商\n");
        SearchQueryBuilder curated = new SearchQueryBuilder(
                new SearchAnalysis(new SearchProperties(Path.of("unused"), Duration.ofMillis(200), 500, overrides, 0)));
        assertThat(curated.kindsNamed(QueryText.parse("康复 厂商"))).containsExactly("ENTERPRISE");

        java.nio.file.Files.writeString(overrides.resolve("kind-words.txt"), "VENDOR: 厂商\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SearchAnalysis(
                        new SearchProperties(Path.of("unused"), Duration.ofMillis(200), 500, overrides, 0)))
                .hasMessageContaining("kind-words.txt")
                .hasMessageContaining("VENDOR");
    }

    @Test
    void aWordTypedAsAWholeSynonymFormIsSearchedAsItsConceptInTheTextFields() {
        java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
        queries.build(QueryText.parse("EEG"), List.of(), regions, true)
                .visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        assertThat(terms).contains(new org.apache.lucene.index.Term(SearchFields.TEXT, "≡脑电"));
        // Its other forms are not searched one by one: the concept term holds them all.
        assertThat(terms)
                .noneMatch(t -> t.field().equals(SearchFields.TEXT) && t.text().equals("脑电图"));
        // A name that says 脑电 only, found by any form typed.
        assertThat(search("electroencephalography")).contains("tech-eeg", "prod-headband", "prod-patch");
        assertThat(search("脑电图")).contains("tech-eeg", "prod-headband");
    }

    @Test
    void aChineseConceptStillFindsAVariantWordingThroughItsParts() {
        // 柔性 … 电极 apart: no form of 柔性电极 stands in the name, its parts do.
        assertThat(search("柔性电极")).first().isEqualTo("tech-flexible");
        assertThat(search("柔性电极")).contains("prod-patch");
    }

    @Test
    void aMisspeltWordIsAlsoSearchedAsTheKnownWordItIsClosestTo() {
        assertThat(spellings.of("rehabilitaion")).containsExactly("rehabilitation");
        assertThat(spellings.of("EGG")).contains("eeg");
        assertThat(spellings.of("rehabilitation")).isEmpty();
        assertThat(spellings.of("HN280")).isEmpty();
        assertThat(search("rehabilitaion robot")).first().isEqualTo("prod-robot");
        assertThat(search("brian computer interface")).first().isEqualTo("inst-bci");
    }

    @Test
    void editDistanceCountsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Spellings.editDistance("brian", "brain", 2)).isEqualTo(1);
        assertThat(Spellings.editDistance("exoskeletn", "exoskeleton", 2)).isEqualTo(1);
        assertThat(Spellings.editDistance("robot", "sleep", 2)).isEqualTo(3);
        assertThat(Spellings.editDistance("eeg", "egg", 1)).isEqualTo(1);
        assertThat(Spellings.editDistance("nueromodulation", "neuromodulation", 2))
                .isEqualTo(1);
        assertThat(Spellings.editDistance("rehabilitaion", "rehabilitation", 2)).isEqualTo(1);
        assertThat(Spellings.editDistance("abcd", "badc", 2)).isEqualTo(2);
        assertThat(Spellings.editDistance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Spellings.editDistance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Spellings.editDistance("same", "same", 1)).isZero();
    }

    private static List<String> search(String typed) {
        QueryText text = QueryText.parse(typed);
        try {
            var top = searcher.search(queries.build(text, List.of(), regions, true), 10);
            if (top.scoreDocs.length == 0) {
                top = searcher.search(queries.build(text, List.of(), regions, false), 10);
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(SearchFields.ID));
            }
            return ids;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IndexedNode node(
            String id,
            NodeKind kind,
            List<String> names,
            List<String> texts,
            List<String> topics,
            List<String> regions) {
        return new IndexedNode(
                id,
                kind,
                names.getFirst(),
                names,
                texts,
                List.of(),
                topics,
                regions,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                1,
                0.5f);
    }
}

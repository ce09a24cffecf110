package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.Provenance;
import org.brainbridge.graph.RelationshipUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** Search over the seeded graph, through GraphQL, kept in step with writes through the change log. */
@IntegrationTest
class SearchTest {

    private static final ChangeMeta META = new ChangeMeta("test", "search-test");
    private static final Provenance PROVENANCE =
            new Provenance("test", "SearchTest#1", "", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z");

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @Autowired
    Indexer indexer;

    @AfterEach
    void cleanUp() {
        writer.deleteNodes(List.of("ent-test-search-1", "tech-test-search-1", "prod-test-search-1"), META);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\"",
                "*",
                "?",
                "(((",
                "a:b",
                "-",
                "--",
                "~~",
                "[",
                "]",
                "\\",
                "/.*/",
                "脑机 AND OR NOT",
                "\"unclosed phrase",
                "-脑电",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
                "SELECT * FROM",
                "{\"json\": 1}",
                "ﾊﾝｶｸ",
                "%%%",
                "🙂脑电",
                "面向青少年专注力训练的便携式干电极脑电采集头环与脑机接口上肢康复训练系统研发及产业化示范应用项目",
                "Brain computer interface rehabilitation robot flexible electrode EEG headset neurofeedback training"
            })
    void anythingTypedReturnsResultsOrAnEmptyListNeverAnError(String typed) {
        graphQl.document("query($q: String!) { search(query: $q) { total hits { node { id } } } }")
                .variable("q", typed)
                .execute()
                .errors()
                .verify()
                .path("search.total")
                .entity(Integer.class)
                .satisfies(total -> assertThat(total).isNotNegative());
    }

    @Test
    void anExactNameComesFirst() {
        String name = gateway.query("MATCH (e:Enterprise) RETURN e.name AS name ORDER BY e.id LIMIT 1", Map.of())
                .getFirst()
                .get("name")
                .asString();
        graphQl.document("query($q: String!) { search(query: $q, first: 3) { hits { node { name } } } }")
                .variable("q", name)
                .execute()
                .path("search.hits[0].node.name")
                .entity(String.class)
                .isEqualTo(name);
    }

    @Test
    void misspelledEnglishStillFinds() {
        int exact = total("rehabilitation");
        int typo = total("rehabilitaion");
        assertThat(exact).isPositive();
        assertThat(typo).isPositive();
    }

    @Test
    void facetsCountAllMatchesAndAFacetValueNarrowsToItsCount() {
        var response = graphQl.document(
                        "{ search(query: \"脑电\") { total facets { dimension values { value count } } } }")
                .execute();
        int total = response.path("search.total").entity(Integer.class).get();
        List<Map<String, Object>> kinds =
                response.path("search.facets[?(@.dimension == 'kind')].values[*]").entityList(Map.class).get().stream()
                        .map(m -> (Map<String, Object>) m)
                        .toList();
        assertThat(kinds.stream().mapToInt(k -> (Integer) k.get("count")).sum()).isEqualTo(total);
        Map<String, Object> top = kinds.getFirst();
        graphQl.document("query($k: [NodeKind!]) { search(query: \"脑电\", filter: {kinds: $k}) { total } }")
                .variable("k", List.of(top.get("value")))
                .execute()
                .path("search.total")
                .entity(Integer.class)
                .isEqualTo(top.get("count"));
    }

    @Test
    void aProvinceFilterIncludesItsCities() {
        int province = filtered("{regionIds: [\"region-360000\"]}");
        int city = filtered("{regionIds: [\"region-360100\"]}");
        assertThat(city).isPositive().isLessThanOrEqualTo(province);
    }

    @Test
    void kindWordsAndRegionNamesNarrowAFacetStyleQuery() {
        graphQl.document("{ search(query: \"南昌 康复 企业\", first: 10) { total hits { kind } } }")
                .execute()
                .path("search.hits[*].kind")
                .entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("ENTERPRISE"));
    }

    @Test
    void hitsCarryHighlightedEvidence() {
        graphQl.document("{ search(query: \"康复\", first: 5) { hits { highlights { field fragments } } } }")
                .execute()
                .path("search.hits[*].highlights[*].fragments[*]")
                .entityList(String.class)
                .satisfies(fragments -> assertThat(fragments)
                        .isNotEmpty()
                        .allSatisfy(f -> assertThat(f).contains("<mark>")));
    }

    @Test
    void anEnglishConceptHighlightsTheChineseFormThatMatched() {
        // EEG is searched as its concept, which the index holds wherever 脑电 (or any other form) stands.
        graphQl.document("{ search(query: \"EEG\", first: 10) { hits { highlights { field fragments } } } }")
                .execute()
                .path("search.hits[*].highlights[*].fragments[*]")
                .entityList(String.class)
                .satisfies(fragments -> assertThat(fragments)
                        .anySatisfy(f -> assertThat(f).containsPattern("<mark>[^<]*脑电[^<]*</mark>")));
    }

    @Test
    void suggestionsCompleteChineseEnglishAndPinyinPrefixes() {
        String name = gateway.query(
                        "MATCH (e:Enterprise) WHERE e.name STARTS WITH '瑶湖' RETURN e.name AS name LIMIT 1", Map.of())
                .getFirst()
                .get("name")
                .asString();
        for (String prefix : List.of("瑶湖", "yaohu", "yh")) {
            graphQl.document("query($p: String!) { suggest(prefix: $p, first: 20) { text kind } }")
                    .variable("p", prefix)
                    .execute()
                    .path("suggest[*].text")
                    .entityList(String.class)
                    .satisfies(texts ->
                            assertThat(texts).as("suggestions for " + prefix).contains(name));
        }
    }

    @Test
    void anEnglishPrefixSuggestsTheEnglishNamesItCompletes() {
        // A word of an English name that is not pinyin (the first word often is: "Yaohuniankang").
        String english = gateway.query(
                        "MATCH (e:Enterprise) WHERE e.nameEn CONTAINS ' Electronic ' RETURN e.nameEn AS en LIMIT 1",
                        Map.of())
                .getFirst()
                .get("en")
                .asString();
        assertThat(english).isNotBlank();
        graphQl.document("query($p: String!) { suggest(prefix: $p, first: 10) { text } }")
                .variable("p", "electr")
                .execute()
                .path("suggest[*].text")
                .entityList(String.class)
                .satisfies(texts -> assertThat(texts)
                        .isNotEmpty()
                        .allSatisfy(text -> assertThat(text).containsIgnoringCase("electr")));
    }

    @Test
    void aPersonCannotBeFoundOrSuggestedByName() {
        var talent = gateway.query(
                        "MATCH (t:Talent) RETURN t.name AS name, t.phone AS phone ORDER BY t.id LIMIT 1", Map.of())
                .getFirst();
        String name = talent.get("name").asString();
        graphQl.document(
                        "query($q: String!) { search(query: $q, filter: {kinds: [TALENT]}) { total } suggest(prefix: $q) { kind } }")
                .variable("q", name)
                .execute()
                .path("search.total")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("suggest[?(@.kind == 'TALENT')]")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(total(talent.get("phone").asString())).isZero();
    }

    @Test
    void writesShowUpInSearchAndNeighbourRenamesFanOut() {
        writer.upsertNodes(
                NodeKind.ENTERPRISE,
                List.of(new NodeUpsert("ent-test-search-1", Map.of("name", "赣江量子脑纹科技有限公司"), PROVENANCE)),
                META);
        writer.upsertNodes(
                NodeKind.TECHNOLOGY,
                List.of(new NodeUpsert("tech-test-search-1", Map.of("name", "脑纹识别"), PROVENANCE)),
                META);
        writer.upsertRelationships(
                RelType.DEVELOPS,
                List.of(new RelationshipUpsert("ent-test-search-1", "tech-test-search-1", Map.of(), PROVENANCE)),
                META);
        awaitHit("量子脑纹", "ent-test-search-1");

        writer.upsertNodes(
                NodeKind.TECHNOLOGY,
                List.of(new NodeUpsert("tech-test-search-1", Map.of("name", "神经指纹鉴别"), PROVENANCE)),
                META);
        awaitHit("神经指纹鉴别", "ent-test-search-1");

        writer.deleteNodes(List.of("ent-test-search-1"), META);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ids("量子脑纹")).doesNotContain("ent-test-search-1"));
    }

    @Test
    void aProductIsWhereItsMakerIsAndFollowsItsMaker() {
        writer.upsertNodes(
                NodeKind.ENTERPRISE,
                List.of(new NodeUpsert("ent-test-search-1", Map.of("name", "赣江量子脑纹科技有限公司"), PROVENANCE)),
                META);
        writer.upsertNodes(
                NodeKind.PRODUCT,
                List.of(new NodeUpsert("prod-test-search-1", Map.of("name", "量子脑纹识别头盔"), PROVENANCE)),
                META);
        writer.upsertRelationships(
                RelType.MAKES,
                List.of(new RelationshipUpsert("ent-test-search-1", "prod-test-search-1", Map.of(), PROVENANCE)),
                META);
        writer.upsertRelationships(
                RelType.LOCATED_IN,
                List.of(new RelationshipUpsert("ent-test-search-1", "region-360100", Map.of(), PROVENANCE)),
                META);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(inRegion("量子脑纹识别头盔", "region-360000")).contains("prod-test-search-1"));

        // The maker opens a site in Shanghai: a change to the maker alone, which its product's document follows.
        assertThat(inRegion("量子脑纹识别头盔", "region-310000")).doesNotContain("prod-test-search-1");
        writer.upsertRelationships(
                RelType.LOCATED_IN,
                List.of(new RelationshipUpsert("ent-test-search-1", "region-310000", Map.of(), PROVENANCE)),
                META);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(inRegion("量子脑纹识别头盔", "region-310000")).contains("prod-test-search-1"));
    }

    private List<String> inRegion(String query, String regionId) {
        return graphQl.document("query($q: String!, $r: ID!) { search(query: $q, filter: {regionIds: [$r]}, first: 50)"
                        + " { hits { node { id } } } }")
                .variable("q", query)
                .variable("r", regionId)
                .execute()
                .path("search.hits[*].node.id")
                .entityList(String.class)
                .get();
    }

    @Test
    void aRebuildGivesTheSameResults() {
        int total = total("脑电");
        List<String> before = ids("脑电");
        indexer.rebuild();
        indexer.catchUp();
        // Scores may shift slightly (term statistics count deleted documents until segments merge), membership not.
        assertThat(total("脑电")).isEqualTo(total);
        assertThat(ids("脑电")).containsAll(before.subList(0, 10));
    }

    private void awaitHit(String query, String id) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ids(query)).contains(id));
    }

    private List<String> ids(String query) {
        return graphQl.document("query($q: String!) { search(query: $q, first: 50) { hits { node { id } } } }")
                .variable("q", query)
                .execute()
                .path("search.hits[*].node.id")
                .entityList(String.class)
                .get();
    }

    private int total(String query) {
        return graphQl.document("query($q: String!) { search(query: $q) { total } }")
                .variable("q", query)
                .execute()
                .path("search.total")
                .entity(Integer.class)
                .get();
    }

    private int filtered(String filter) {
        return graphQl.document("{ search(query: \"脑\", filter: %s) { total } }".formatted(filter))
                .execute()
                .path("search.total")
                .entity(Integer.class)
                .get();
    }
}

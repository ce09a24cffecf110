package org.brainbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;

@IntegrationTest
class CatalogQueriesTest {

    @Autowired
    WebGraphQlTester graphQl;

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyKindHasAListAndALookupById(NodeKind kind) {
        String list = CatalogWiring.KindFields.list(kind);
        String lookup = CatalogWiring.KindFields.lookup(kind);
        String id = graphQl.document("{ %s(first: 1) { totalCount nodes { id kind name } } }".formatted(list))
                .execute()
                .path(list + ".nodes[0].id")
                .entity(String.class)
                .get();
        assertThat(id).startsWith(kind.idPrefix() + "-");
        graphQl.document("query($id: ID!) { %s(id: $id) { id kind } node(id: $id) { id kind } }".formatted(lookup))
                .variable("id", id)
                .execute()
                .path(lookup + ".kind")
                .entity(String.class)
                .isEqualTo(kind.name())
                .path("node.id")
                .entity(String.class)
                .isEqualTo(id);
    }

    @Test
    void aDocumentSelectingTooManyFieldsIsRefusedBeforeItRuns() {
        graphQl.document("{ " + "__typename ".repeat(2_001) + "}")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage()).contains("more than 2000 fields");
                }));
    }

    @Test
    void rejectsAPageSizeOver100NamingTheArgument() {
        assertBadArgument(
                graphQl.document("{ enterprises(first: 101) { totalCount } }").execute(), "first");
        assertBadArgument(
                graphQl.document("{ nodes(kind: TALENT, first: 0) { totalCount } }")
                        .execute(),
                "first");
    }

    @Test
    void cursorsWalkEveryNodeOnceInIdOrder() {
        int total = graphQl.document("{ enterprises(first: 1) { totalCount } }")
                .execute()
                .path("enterprises.totalCount")
                .entity(Integer.class)
                .get();
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 100; guard++) {
            var page = graphQl.document("""
                            query($after: String) { enterprises(first: 7, after: $after) {
                              nodes { id } pageInfo { hasNextPage endCursor } } }""").variable("after", after).execute().path("enterprises");
            seen.addAll(page.path("enterprises.nodes[*].id")
                    .entityList(String.class)
                    .get());
            if (!page.path("enterprises.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get()) {
                break;
            }
            after = page.path("enterprises.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aProvinceIncludesItsCitiesAndCountiesAndAZoneWhatItOverlaps() {
        int province = count("enterprises", "{regionId: \"region-360000\"}");
        int nanchang = count("enterprises", "{regionId: \"region-360100\"}");
        int all = count("enterprises", "{}");
        int zone = count("enterprises", "{regionId: \"region-zone-ganjiang\"}");
        assertThat(nanchang).isPositive().isLessThan(province);
        assertThat(province).isLessThanOrEqualTo(all);
        assertThat(zone).isPositive();
        assertThat(count("regions", "{regionId: \"region-360100\"}"))
                .as("Nanchang and its counties")
                .isGreaterThan(5);
    }

    @Test
    void technologyAndChainFiltersIncludeTheirSubtrees() {
        int eegFamily = count("enterprises", "{technologyId: \"tech-eeg\"}");
        int everything = count("enterprises", "{technologyId: \"tech-bci\"}");
        assertThat(eegFamily).isPositive().isLessThanOrEqualTo(everything);
        int upstream = count("enterprises", "{chainSegmentId: \"chain-upstream\"}");
        int electrodes = count("enterprises", "{chainSegmentId: \"chain-up-electrodes\"}");
        assertThat(electrodes).isPositive().isLessThanOrEqualTo(upstream);
        assertThat(count("technologies", "{technologyId: \"tech-eeg\"}")).isGreaterThan(1);
    }

    @Test
    void codeFiltersNarrowAndUnknownCodesAreRejected() {
        int highTech = count("enterprises", "{qualification: \"high_tech\"}");
        assertThat(highTech).isPositive().isLessThan(count("enterprises", "{}"));
        assertThat(count("institutions", "{kind: \"hospital\"}")).isPositive();
        assertThat(count("investors", "{stage: \"angel\"}")).isPositive();
        assertBadArgument(
                graphQl.document("{ enterprises(filter: {stage: \"series_z\"}) { totalCount } }")
                        .execute(),
                "filter.stage");
        assertBadArgument(
                graphQl.document("{ patents(filter: {regionId: \"region-360000\"}) { totalCount } }")
                        .execute(),
                "filter.regionId");
    }

    @Test
    void relationshipsReadBothWays() {
        List<String> bodies = graphQl.document(
                        "{ measureByNumber(number: 1) { responsibleBodies { id measures { number } } } }")
                .execute()
                .path("measureByNumber.responsibleBodies[*].id")
                .entityList(String.class)
                .get();
        assertThat(bodies).isNotEmpty();
        graphQl.document("query($id: ID!) { responsibleBody(id: $id) { measures { number } } }")
                .variable("id", bodies.getFirst())
                .execute()
                .path("responsibleBody.measures[*].number")
                .entityList(Integer.class)
                .contains(1);
    }

    @Test
    void neighboursFiltersByTypeAndDirectionAndRejectsUnknownTypes() {
        var out = graphQl.document("""
                        { neighbours(id: "measure-07", types: ["APPLIES_IN", "PART_OF"], direction: OUT) {
                            totalCount edges { type direction node { id kind } } } }""").execute().path("neighbours");
        out.path("neighbours.edges[*].direction")
                .entityList(String.class)
                .satisfies(d -> assertThat(new HashSet<>(d)).containsExactly("OUT"));
        out.path("neighbours.edges[*].node.id").entityList(String.class).contains("region-zone-ganjiang", "sec-3");
        assertBadArgument(
                graphQl.document("{ neighbours(id: \"measure-07\", types: [\"LOVES\"]) { totalCount } }")
                        .execute(),
                "types");
        assertBadArgument(
                graphQl.document("{ neighbours(id: \"measure-07\", first: 500) { totalCount } }")
                        .execute(),
                "first");
    }

    @Test
    void statsListEveryChainSegmentIncludingGaps() {
        List<Map<String, Object>> segments = graphQl
                .document(
                        "{ stats { byChainSegment { segment { id } tier parentId enterprises } byRegion { region { id } count } } }")
                .execute()
                .path("stats.byChainSegment")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        int segmentsInGraph = count("chainSegments", "{}");
        assertThat(segments).hasSize(segmentsInGraph);
        assertThat(segments).anySatisfy(s -> assertThat(s.get("enterprises")).isEqualTo(0));
        assertThat(segments.getFirst().get("parentId"))
                .as("a tier root comes first")
                .isNull();
    }

    private int count(String list, String filter) {
        return graphQl.document("{ %s(filter: %s, first: 1) { totalCount } }".formatted(list, filter))
                .execute()
                .path(list + ".totalCount")
                .entity(Integer.class)
                .get();
    }

    static void assertBadArgument(GraphQlTester.Response response, String argument) {
        response.errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getExtensions()).containsEntry("argument", argument);
                    assertThat(e.getMessage()).contains(argument.substring(argument.lastIndexOf('.') + 1));
                }));
    }
}

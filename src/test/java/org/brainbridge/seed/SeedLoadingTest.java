package org.brainbridge.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.TestGraphQl.AdminGraphQlTester;
import org.brainbridge.graph.ChangeMeta;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.graph.GraphWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

@IntegrationTest
class SeedLoadingTest {

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    AdminGraphQlTester admin;

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphGateway gateway;

    @TempDir
    Path folder;

    @AfterEach
    void removeTestNodes() {
        List<String> ids =
                gateway.query("MATCH (n:Entity) WHERE n.id CONTAINS '-test-' RETURN n.id AS id", Map.of()).stream()
                        .map(r -> r.get("id").asString())
                        .toList();
        if (!ids.isEmpty()) {
            writer.deleteNodes(ids, new ChangeMeta("test", "cleanup"));
        }
    }

    @Test
    void seededGraphHoldsEveryKind() {
        List<Map<String, Object>> byKind = graphQl
                .document("{ stats { byKind { kind count } } }")
                .execute()
                .path("stats.byKind")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(byKind)
                .hasSize(19)
                .allSatisfy(k -> assertThat((Integer) k.get("count"))
                        .as("nodes of %s", k.get("kind"))
                        .isPositive());
    }

    @Test
    void reseedingTheSameFolderChangesNoCount() {
        Map<String, Object> before = counts();
        admin.tester()
                .document("mutation { reseed { nodes relationships } }")
                .execute()
                .path("reseed.nodes")
                .entity(Integer.class)
                .satisfies(n -> assertThat(n).isGreaterThan(900));
        assertThat(counts()).isEqualTo(before);
        int provenanceEntries = gateway.query(
                        "MATCH (m:Measure {id: 'measure-01'}) RETURN size(m._provKey) AS n", Map.of())
                .getFirst()
                .get("n")
                .asInt();
        assertThat(provenanceEntries)
                .as("one provenance entry per source and file")
                .isEqualTo(1);
    }

    @Test
    void reseedIsForAdministratorsOnly() {
        graphQl.document("mutation { reseed { nodes } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(e.getMessage()).contains("X-Admin-Token");
                }));
    }

    @Test
    void loadsAnotherFolderInTheSameFormat() throws IOException {
        Files.createDirectories(folder.resolve("mine"));
        Files.writeString(folder.resolve("mine/Enterprise.csv"), """
                id,name,name_en,stage,qualifications,source,source_ref
                ent-test-1,测试脑机科技有限公司,Test BCI Ltd,series_a,high_tech|tech_sme,Test registry,p. 3
                """);
        Files.writeString(folder.resolve("mine/LOCATED_IN.csv"), """
                from,to
                ent-test-1,region-360100
                """);
        admin.tester()
                .document("mutation($l: String) { reseed(location: $l) { nodes relationships files } }")
                .variable("l", folder.toString())
                .execute()
                .path("reseed.nodes")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("reseed.relationships")
                .entity(Integer.class)
                .isEqualTo(1);

        var enterprise = graphQl.document("""
                        { enterprise(id: "ent-test-1") {
                            name stage qualifications region { id }
                            provenance { source origin reference } } }""").execute().path("enterprise");
        enterprise.path("enterprise.name").entity(String.class).isEqualTo("测试脑机科技有限公司");
        enterprise.path("enterprise.qualifications").entityList(String.class).containsExactly("high_tech", "tech_sme");
        enterprise.path("enterprise.region.id").entity(String.class).isEqualTo("region-360100");
        enterprise.path("enterprise.provenance[0].source").entity(String.class).isEqualTo("Test registry");
        enterprise.path("enterprise.provenance[0].origin").entity(String.class).isEqualTo("mine/Enterprise.csv#2");
        enterprise
                .path("enterprise.provenance[0].reference")
                .entity(String.class)
                .isEqualTo("p. 3");
    }

    @Test
    void rejectsAnInvalidFolderNamingFileRowAndColumnAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("Enterprise.csv"), """
                id,name,stage,uscc,colour
                ent-test-ok,好企业,seed,,
                ent-test-bad,坏企业,series_z,91360100FAKEI0010X,red
                """);
        Files.writeString(folder.resolve("LOCATED_IN.csv"), """
                from,to
                ent-test-ok,region-999999
                """);
        long before = writer.countEntities();
        admin.tester()
                .document("mutation($l: String) { reseed(location: $l) { nodes } }")
                .variable("l", folder.toString())
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                        assertThat(e.getMessage()).contains("nothing was written");
                        List<Map<String, Object>> problems =
                                (List<Map<String, Object>>) e.getExtensions().get("problems");
                        assertThat(problems)
                                .extracting(p -> p.get("file") + ":" + p.get("row") + ":" + p.get("column"))
                                .contains(
                                        "Enterprise.csv:1:colour",
                                        "Enterprise.csv:3:stage",
                                        "Enterprise.csv:3:uscc",
                                        "LOCATED_IN.csv:2:to");
                    });
                });
        assertThat(writer.countEntities()).isEqualTo(before);
    }

    @Test
    void illustrativeSwitchLeavesFictionalRowsAndTheirRelationshipsOut() throws IOException {
        Files.writeString(folder.resolve("Enterprise.csv"), """
                id,name,illustrative
                ent-test-real,真实企业,false
                ent-test-fiction,虚构企业,true
                """);
        Files.writeString(folder.resolve("SUPPLIES.csv"), """
                from,to,item
                ent-test-fiction,ent-test-real,电极
                """);
        admin.tester()
                .document(
                        "mutation($l: String) { reseed(location: $l, includeIllustrative: false) { nodes relationships skippedIllustrative } }")
                .variable("l", folder.toString())
                .execute()
                .path("reseed.nodes")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("reseed.relationships")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("reseed.skippedIllustrative")
                .entity(Integer.class)
                .isEqualTo(2);
        assertThat(writer.existingIds(List.of("ent-test-real", "ent-test-fiction")))
                .containsExactly("ent-test-real");
    }

    private Map<String, Object> counts() {
        return graphQl.document("{ stats { totalNodes totalRelationships byKind { kind count } } }")
                .execute()
                .path("stats")
                .entity(Map.class)
                .get();
    }
}

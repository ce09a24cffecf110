package org.brainbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** No personal field leaves the server unmasked by default, on any path: typed fields, properties, neighbours. */
@IntegrationTest
class PersonalDataMaskingTest {

    @Autowired
    WebGraphQlTester graphQl;

    @Autowired
    GraphGateway gateway;

    @Test
    void talentPersonalFieldsAreMaskedEverywhere() {
        var stored = gateway.query(
                        "MATCH (t:Talent) WHERE t.phone IS NOT NULL RETURN t ORDER BY t.id LIMIT 1", Map.of())
                .getFirst()
                .get("t")
                .asNode();
        String id = stored.get("id").asString();
        String realName = stored.get("name").asString();
        String realPhone = stored.get("phone").asString();

        String body = graphQl.document("""
                        query($id: ID!) {
                          talent(id: $id) { name phone email idNumber birthDate headline
                            properties { key values masked personal } }
                          node(id: $id) { name }
                          nodesById(ids: [$id]) { name }
                          neighbours(id: $id) { center { name } edges { node { id } } }
                        }""")
                .variable("id", id)
                .execute()
                .path("talent.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).endsWith("**").isNotEqualTo(realName))
                .path("talent.phone")
                .entity(String.class)
                .satisfies(p -> assertThat(p).contains("****").isNotEqualTo(realPhone))
                .path("talent.email")
                .entity(String.class)
                .satisfies(e -> assertThat(e).contains("***@"))
                .path("talent.idNumber")
                .entity(String.class)
                .satisfies(n -> assertThat(n).matches("\\*+"))
                .path("talent.headline")
                .entity(String.class)
                .satisfies(h -> assertThat(h).doesNotContain("*"))
                .path("node.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).isNotEqualTo(realName))
                .path("nodesById[0].name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).isNotEqualTo(realName))
                .path("neighbours.center.name")
                .entity(String.class)
                .satisfies(n -> assertThat(n).isNotEqualTo(realName))
                .path("talent.properties")
                .entityList(Map.class)
                .get()
                .toString();
        assertThat(body).doesNotContain(realName).doesNotContain(realPhone);
        List<Map<String, Object>> properties = graphQl
                .document("query($id: ID!) { talent(id: $id) { properties { key masked personal } } }")
                .variable("id", id)
                .execute()
                .path("talent.properties")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
        assertThat(properties)
                .filteredOn(p -> List.of("name", "phone", "email", "idNumber", "birthDate")
                        .contains(p.get("key")))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(p -> assertThat(p).containsEntry("masked", true).containsEntry("personal", true));
    }

    @Test
    void aPersonCannotBeFoundByNameThroughFilters() {
        String realName = gateway.query("MATCH (t:Talent) RETURN t.name AS name ORDER BY t.id LIMIT 1", Map.of())
                .getFirst()
                .get("name")
                .asString();
        graphQl.document("query($q: String) { talents(filter: {nameContains: $q}) { totalCount } }")
                .variable("q", realName)
                .execute()
                .path("talents.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void theModelMarksPersonalFields() {
        List<String> personal = graphQl.document("{ model { kinds { label properties { key personal } } } }")
                .execute()
                .path("model.kinds[?(@.label == 'Talent')].properties[?(@.personal == true)].key")
                .entityList(String.class)
                .get();
        assertThat(personal).containsExactlyInAnyOrder("name", "phone", "email", "idNumber", "birthDate");
    }
}

package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainbridge.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/**
 * Holds the policy layer in the graph against the published text: 4 sections, 11 measures, each title and full text
 * verbatim, each responsible body in the order listed, every quoted support instrument and programme a span of its
 * measure. The expected values are parsed from the source document, not typed in.
 */
@IntegrationTest
class PolicyLayerTest {

    private static final Path SOURCE = Path.of("graph-seed/policy/source.txt");
    private static final Pattern SECTION = Pattern.compile("^### ([一二三四五六七八九十]+)、(.+)$", Pattern.MULTILINE);
    private static final Pattern MEASURE =
            Pattern.compile("^(\\d+)\\. \\*\\*(.+?)。\\*\\*(.+?)\\*\\*（(.+?)）\\*\\*\\s*$", Pattern.MULTILINE);

    record Expected(int number, String title, String text, String responsibility, List<String> bodies) {}

    static List<String> sections = new ArrayList<>();
    static List<Expected> measures = new ArrayList<>();

    @Autowired
    WebGraphQlTester graphQl;

    @BeforeAll
    static void parseTheSource() throws IOException {
        String text = Files.readString(SOURCE);
        Matcher s = SECTION.matcher(text);
        while (s.find()) {
            sections.add(s.group(2).strip());
        }
        Matcher m = MEASURE.matcher(text);
        while (m.find()) {
            String responsibility = m.group(4);
            List<String> bodies =
                    Arrays.asList(responsibility.replace("按职责分工负责", "").split("、"));
            measures.add(new Expected(
                    Integer.parseInt(m.group(1)), m.group(2), m.group(3).strip(), responsibility, bodies));
        }
        assertThat(sections).as("sections in the source").hasSize(4);
        assertThat(measures).as("measures in the source").hasSize(11);
    }

    @Test
    void sectionsAndMeasuresMatchTheTextExactly() {
        var policy = graphQl.document("""
                        { policies(first: 5) { totalCount nodes {
                            name issuer link
                            sections { number name measures { number name text responsibilityText
                              responsibleBodies { shortName } } } } } }""").execute().path("policies");
        policy.path("policies.totalCount").entity(Integer.class).isEqualTo(1);
        assertThat(policy.path("policies.nodes[0].sections[*].name")
                        .entityList(String.class)
                        .get())
                .containsExactlyElementsOf(sections);
        List<Map<String, Object>> graphMeasures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            policy.path("policies.nodes[0].sections[%d].measures".formatted(i))
                    .entityList(Map.class)
                    .get()
                    .forEach(m -> graphMeasures.add((Map<String, Object>) m));
        }
        assertThat(graphMeasures).hasSize(11);
        for (int i = 0; i < 11; i++) {
            Expected expected = measures.get(i);
            Map<String, Object> actual = graphMeasures.get(i);
            assertThat(actual.get("number")).isEqualTo(expected.number());
            assertThat(actual.get("name")).isEqualTo(expected.title());
            assertThat(actual.get("text"))
                    .as("text of measure %d", expected.number())
                    .isEqualTo(expected.text());
            assertThat(actual.get("responsibilityText")).isEqualTo(expected.responsibility());
            List<String> bodies = ((List<Map<String, Object>>) actual.get("responsibleBodies"))
                    .stream().map(b -> (String) b.get("shortName")).toList();
            assertThat(bodies)
                    .as("bodies of measure %d, in order", expected.number())
                    .containsExactlyElementsOf(expected.bodies());
        }
    }

    @Test
    void everyQuotedInstrumentAndProgrammeIsASpanOfItsMeasure() {
        for (Expected expected : measures) {
            var edges = graphQl.document("""
                            query($n: Int!) { measureByNumber(number: $n) { id } }""")
                    .variable("n", expected.number())
                    .execute()
                    .path("measureByNumber.id")
                    .entity(String.class)
                    .get();
            List<Map<String, Object>> quoted = graphQl
                    .document("""
                            query($id: ID!) { neighbours(id: $id, types: ["OFFERS", "NAMES_PROGRAMME", "APPLIES_IN", "ADDRESSES"], first: 200) {
                              edges { type properties { key values } } } }""")
                    .variable("id", edges)
                    .execute()
                    .path("neighbours.edges")
                    .entityList(Map.class)
                    .get()
                    .stream()
                    .map(m -> (Map<String, Object>) m)
                    .toList();
            for (Map<String, Object> edge : quoted) {
                List<Map<String, Object>> properties = (List<Map<String, Object>>) edge.get("properties");
                String quote = properties.stream()
                        .filter(p -> p.get("key").equals("quote"))
                        .map(p -> ((List<String>) p.get("values")).getFirst())
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(edge + " of measure " + expected.number() + " has no quote"));
                assertThat(expected.text())
                        .as("%s quote of measure %d", edge.get("type"), expected.number())
                        .contains(quote);
            }
        }
    }

    @Test
    void thePolicyCarriesNoInventedIssueDate() {
        graphQl.document("{ policies(first: 1) { nodes { properties { key } } } }")
                .execute()
                .path("policies.nodes[0].properties[*].key")
                .entityList(String.class)
                .doesNotContain("date", "issuedAt", "issueDate");
    }
}

package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated criteria file against the policy text: every cited span is verbatim in its measure, every measure has
 * criteria, and a broken file is rejected with file, line and column.
 */
class CriteriaFileTest {

    private static final Path FILE = Path.of("graph-seed/policy/criteria.yaml");
    private static final Map<Integer, String> TEXTS = new HashMap<>();
    private static PolicyCriteria criteria;

    @BeforeAll
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("graph-seed/policy/Measure.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                TEXTS.put(Integer.parseInt(row.get("number")), row.get("text"));
            }
        }
        assertThat(TEXTS).hasSize(11);
        criteria = CriteriaReader.read(FILE);
    }

    @Test
    void everyCitedSpanIsAnExactSubstringOfItsMeasuresText() {
        assertThat(criteria.criteria()).isNotEmpty();
        for (Criterion criterion : criteria.criteria()) {
            assertThat(TEXTS.get(criterion.measureNumber()))
                    .as(
                            "%s (line %d) cites a span of measure %d",
                            criterion.id(), criterion.line(), criterion.measureNumber())
                    .contains(criterion.citedText());
        }
    }

    @Test
    void everyMeasureHasRoutesAndEveryRouteSaysWhoItIsFor() {
        assertThat(criteria.policyId()).isEqualTo("policy-jx-bci");
        for (int number = 1; number <= 11; number++) {
            assertThat(criteria.routes(number))
                    .as("routes of measure %d", number)
                    .isNotEmpty();
            for (PolicyCriteria.Route route : criteria.routes(number)) {
                assertThat(route.rules().getFirst().condition()).isInstanceOf(Condition.KindIn.class);
            }
        }
    }

    @Test
    void everyWhereTheTextSaysOnlyQualifiedTheCriterionCannotBeJudged() {
        for (Criterion criterion : criteria.criteria()) {
            String cited = criterion.citedText();
            if (cited.contains("符合条件") || cited.contains("有条件的") || cited.contains("按规定")) {
                boolean hasNotJudgeable = criteria.criteria().stream()
                        .anyMatch(c -> c.measureNumber() == criterion.measureNumber()
                                && c.route().equals(criterion.route())
                                && c.condition().equals("not-judgeable")
                                && c.basis() == Basis.EXPLICIT);
                assertThat(hasNotJudgeable)
                        .as(
                                "route %d%s cites '%s' and so needs an explicit not-judgeable criterion",
                                criterion.measureNumber(), criterion.route(), cited)
                        .isTrue();
            }
        }
    }

    @Test
    void aBrokenFileIsRejectedWithLineAndColumnForEveryProblem() {
        String text = """
                policy: policy-jx-bci
                measures:
                  - measure: 1
                    routes:
                      - route: a
                        zh: 测试
                        en: Test
                        criteria:
                          - id: x-kind
                            condition: kind-in ENTERPRISE, PLANET
                            basis: explicit
                            cites: 企业
                            zh: 是企业
                            en: Is an enterprise
                          - id: x-region
                            condition: lives-in region-360000
                            basis: maybe
                            cites: 省内
                            zh: 在省内
                            en: In the province
                            colour: blue
                """;
        assertThatThrownBy(() -> CriteriaReader.read("bad.yaml", text))
                .isInstanceOf(CriteriaFileException.class)
                .satisfies(e -> {
                    List<String> problems = ((CriteriaFileException) e).problems();
                    assertThat(problems)
                            .contains(
                                    "bad.yaml:10:44: 'PLANET' is not an actor kind; use ENTERPRISE, INSTITUTION, TALENT, INVESTOR or PROJECT",
                                    "bad.yaml:21:13: unknown key 'colour'; expected one of appliesTo, basis, cites, condition, en, id, onMiss, zh",
                                    "bad.yaml:17:20: basis must be 'explicit' or 'inferred', was 'maybe'");
                    assertThat(problems).anyMatch(p -> p.startsWith("bad.yaml:16:24: unknown condition 'lives-in'"));
                })
                .hasMessageContaining("bad.yaml");
    }

    @Test
    void unknownCodesAndMalformedYamlAreNamed() {
        String badCode = """
                policy: p
                measures:
                  - measure: 2
                    routes:
                      - route: a
                        zh: z
                        en: e
                        criteria:
                          - id: y-kind
                            condition: kind-in INSTITUTION:castle
                            basis: inferred
                            cites: c
                            zh: z
                            en: e
                """;
        assertThatThrownBy(() -> CriteriaReader.read("codes.yaml", badCode))
                .hasMessageContaining("codes.yaml:10:44: 'castle' is not a code of Institution.kinds");
        assertThatThrownBy(() -> CriteriaReader.read("syntax.yaml", "policy: [unclosed\nmeasures: 1\n"))
                .isInstanceOf(CriteriaFileException.class)
                .hasMessageContaining("syntax.yaml:")
                .hasMessageContaining("not valid YAML");
    }
}

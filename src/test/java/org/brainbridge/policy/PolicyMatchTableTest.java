package org.brainbridge.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphWriter;
import org.brainbridge.support.ForbiddenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The table: actors checked against the eleven measures. Each row is an actor of {@link PolicyMatchFixtures} and its
 * expected status for measures 1 to 11 (A applies, P possibly, D does not apply), worked out by hand from the
 * measure texts and the criteria file; each comment says what the row is about. Rows that must not match are as
 * important as those that must: outside Jiangxi, outside the Ganjiang New Area, not a hospital, not in BCI, a talent
 * for enterprise measures.
 */
@IntegrationTest
class PolicyMatchTableTest {

    private static final PolicyMatchFixtures FIXTURES = PolicyMatchFixtures.build();

    @Autowired
    PolicyMatchService service;

    @BeforeAll
    static void writeFixtures(@Autowired GraphWriter writer) {
        FIXTURES.write(writer);
    }

    @AfterAll
    static void removeFixtures(@Autowired GraphWriter writer) {
        FIXTURES.delete(writer);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                //               measure:          1 2 3 4 5 6 7 8 9 10 11
                row(
                        "ent-pm-01",
                        "A A A A A A A A A A A",
                        "BCI enterprise in Jiangxi with a registered class II device in a pivotal trial"),
                row(
                        "ent-pm-02",
                        "D P A D A A A A D A A",
                        "BCI enterprise in Shenzhen: provincial support fails, attraction and review do not"),
                row(
                        "ent-pm-03",
                        "D D A D P D P D D D D",
                        "non-BCI enterprise in Jiangxi: only private capital, standards and supporting industry"),
                row("ent-pm-04", "A A A P A A A A D A P", "listed BCI enterprise located in the Ganjiang New Area"),
                row(
                        "ent-pm-05",
                        "A A A P A A A A A A P",
                        "BCI enterprise in 新建区, which the New Area covers only in part"),
                row(
                        "ent-pm-06",
                        "P P A P A P A A P P P",
                        "enterprise without any recorded facts: nothing is MET by default"),
                row(
                        "ent-pm-07",
                        "A A A P A A A A D A D",
                        "listed BCI enterprise with a non-medical product and no trial"),
                row(
                        "ent-pm-08",
                        "A A A P A A A A A A D",
                        "pre-IPO BCI enterprise in Nanchang with a class II device in review, pre-clinical"),
                row("ent-pm-10", "A A A P A A A A A A P", "BCI electrode-materials enterprise in Jiangxi"),
                row("ent-pm-11", "D P A D A P A A D P P", "enterprise in Hangzhou with no technology recorded"),
                row(
                        "inst-pm-01",
                        "A A D P A D D A D D D",
                        "BCI university in Jiangxi: not a hospital, not an enterprise"),
                row("inst-pm-02", "A A P P A D D A D P A", "BCI hospital in Jiangxi hosting trials"),
                row("inst-pm-03", "D P D D A D D D D D D", "hospital in Shenzhen"),
                row("inst-pm-04", "D D D D P D D D D D D", "non-BCI research institute in Ganzhou"),
                row("inst-pm-05", "A A A P A D A A D P P", "BCI institution of unknown type in the Ganjiang New Area"),
                row("inst-pm-06", "A A D P A D D A D D P", "BCI clinical research centre in Jiangxi (not a hospital)"),
                row("inst-pm-07", "D P D D A D D D D D D", "BCI university in Shenzhen"),
                row("inst-pm-08", "A A P P A D P A D P P", "BCI hospital in 青山湖区, partly in the New Area"),
                row(
                        "tal-pm-01",
                        "D D D D P D D A D D D",
                        "BCI talent in Jiangxi leading a project: only talent measures"),
                row("tal-pm-02", "D D D D P D D D D D D", "non-BCI talent"),
                row("tal-pm-05", "D D D D P D D P D D D", "BCI talent in Shenzhen: the contest route stays open"),
                row("tal-pm-06", "D D D D P D D P D D D", "talent in Jiangxi with no skills recorded"),
                row("inv-pm-01", "D D A D A D D D A D D", "venture capital in Jiangxi focused on EEG"),
                row(
                        "inv-pm-02",
                        "D D D D D D D D A D D",
                        "government guidance fund focused outside BCI: not private capital"),
                row("inv-pm-03", "D D A D A D D D A D D", "investor with no type or focus recorded"),
                row("inv-pm-04", "D D A D A D D D A D D", "angel investor in Shenzhen focused on a chain segment"),
                row("proj-pm-01", "D D D A P P A D A D P", "BCI rehabilitation project in Jiangxi seeking investment"),
                row(
                        "proj-pm-02",
                        "D D D D P D A D A D A",
                        "BCI consumer project in Shenzhen trialling at a Jiangxi hospital"),
                row("proj-pm-03", "D D D D D D D D D D D", "non-BCI project: no measure at all"),
                row("proj-pm-04", "D D D P P P A D A D P", "BCI project in the Ganjiang New Area"));
    }

    private static Arguments row(String id, String statuses, String about) {
        return Arguments.of(id, statuses, about);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("table")
    void actorMatchesTheMeasuresAsTheTextSays(String id, String expected, String about) {
        PolicyMatches matches = service.match(id);
        List<String> actual = new ArrayList<>();
        for (MeasureMatch m : matches.measures()) {
            actual.add(
                    switch (m.status()) {
                        case APPLIES -> "A";
                        case POSSIBLY -> "P";
                        case DOES_NOT_APPLY -> "D";
                    });
        }
        assertThat(matches.measures()).hasSize(11);
        assertThat(String.join(" ", actual)).as(about + "\n" + explain(matches)).isEqualTo(expected);
    }

    @Test
    void tableHasAtLeastThirtyActorsOfEveryKind() {
        List<String> ids = table().map(a -> (String) a.get()[0]).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        for (String prefix : List.of("ent-", "inst-", "tal-", "inv-", "proj-")) {
            assertThat(ids).anyMatch(id -> id.startsWith(prefix));
        }
    }

    @Test
    void notJudgeableCriteriaAreNeverMetForAnyActor() {
        table().map(a -> (String) a.get()[0]).forEach(id -> {
            for (MeasureMatch m : service.match(id).measures()) {
                for (RouteMatch route : m.routes()) {
                    for (CriterionResult r : route.criteria()) {
                        if (r.criterion().condition().equals("not-judgeable")) {
                            assertThat(r.outcome())
                                    .as("%s for %s", r.criterion().id(), id)
                                    .isEqualTo(Outcome.UNKNOWN);
                        }
                        if (r.outcome() == Outcome.MET
                                && !r.criterion().condition().startsWith("kind-in")) {
                            assertThat(r.evidence().isEmpty() && !r.reasonZh().contains("："))
                                    .as(
                                            "MET without evidence: %s for %s",
                                            r.criterion().id(), id)
                                    .isFalse();
                        }
                    }
                }
            }
        });
    }

    @Test
    void anEnterpriseOutsideJiangxiFailsTheNewAreaRoute() {
        RouteMatch zone = route("ent-pm-02", 7, "a");
        assertThat(zone.status()).isEqualTo(MatchStatus.DOES_NOT_APPLY);
        CriterionResult located = criterion(zone, "m07a-zone");
        assertThat(located.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(located.evidence()).extracting(Evidence::id).containsExactly(PolicyMatchFixtures.SHENZHEN);
        assertThat(located.criterion().citedText()).isEqualTo("支持赣江新区开展政策先行先试");
        assertThat(located.criterion().basis()).isEqualTo(Basis.EXPLICIT);
    }

    @Test
    void anEnterpriseInACountyTheNewAreaCoversInPartCannotBeJudged() {
        RouteMatch zone = route("ent-pm-05", 7, "a");
        assertThat(zone.status()).isEqualTo(MatchStatus.POSSIBLY);
        CriterionResult located = criterion(zone, "m07a-zone");
        assertThat(located.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(located.reasonZh()).contains("新建区").contains("赣江新区只覆盖其一部分");
    }

    @Test
    void anEnterpriseInTheNewAreaMeetsItWithTheZoneAsEvidence() {
        CriterionResult located = criterion(route("ent-pm-04", 7, "a"), "m07a-zone");
        assertThat(located.outcome()).isEqualTo(Outcome.MET);
        assertThat(located.evidence()).extracting(Evidence::id).contains(PolicyMatchFixtures.ZONE);
    }

    @Test
    void aNonHospitalStopsAtTheFirstCriterionOfTheClinicalWardRoute() {
        RouteMatch wards = route("inst-pm-01", 3, "a");
        assertThat(wards.status()).isEqualTo(MatchStatus.DOES_NOT_APPLY);
        assertThat(wards.criteria()).hasSize(1);
        assertThat(wards.criteria().getFirst().outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(wards.criteria().getFirst().reasonZh()).contains("高校");
    }

    @Test
    void aHospitalInJiangxiIsAtBestPossiblyForWardsBecauseTheTextSaysOnlyCapable() {
        RouteMatch wards = route("inst-pm-02", 3, "a");
        assertThat(wards.status()).isEqualTo(MatchStatus.POSSIBLY);
        assertThat(criterion(wards, "m03a-capable").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(criterion(wards, "m03a-capable").criterion().citedText()).isEqualTo("支持有条件的医疗机构");
        assertThat(criterion(wards, "m03a-trials").outcome()).isEqualTo(Outcome.MET);
        assertThat(criterion(wards, "m03a-trials").evidence())
                .extracting(Evidence::id)
                .contains("prod-pm-01", "proj-pm-02");
    }

    @Test
    void aTalentFailsEveryEnterpriseRouteOnItsKindAlone() {
        MeasureMatch enterprises = measure("tal-pm-01", 6);
        assertThat(enterprises.status()).isEqualTo(MatchStatus.DOES_NOT_APPLY);
        for (RouteMatch route : enterprises.routes()) {
            assertThat(route.criteria()).hasSize(1);
            assertThat(route.criteria().getFirst().outcome()).isEqualTo(Outcome.NOT_MET);
        }
    }

    @Test
    void theRegisteredDeviceAwardNamesTheProductButLeavesInnovativeUnknown() {
        RouteMatch award = route("ent-pm-01", 6, "e");
        assertThat(criterion(award, "m06e-registered").outcome()).isEqualTo(Outcome.MET);
        assertThat(criterion(award, "m06e-registered").evidence())
                .extracting(Evidence::id)
                .containsExactly("prod-pm-01");
        assertThat(criterion(award, "m06e-innovative").outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(award.status()).isEqualTo(MatchStatus.POSSIBLY);
    }

    @Test
    void anOpenListMissIsUnknownNotAFailure() {
        CriterionResult domain = criterion(route("proj-pm-02", 4, "a"), "m04a-domain");
        assertThat(domain.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(domain.criterion().missIsUnknown()).isTrue();
        assertThat(domain.reasonEn()).contains("does not rule it out");
    }

    @Test
    void talentsWhoHaveNotConsentedOrOptedOutGetNoChecklist() {
        assertThatThrownBy(() -> service.match("tal-pm-03")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.match("tal-pm-04")).isInstanceOf(ForbiddenException.class);
    }

    private MeasureMatch measure(String id, int number) {
        return service.match(id).measures().stream()
                .filter(m -> m.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private RouteMatch route(String id, int number, String key) {
        return measure(id, number).routes().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static CriterionResult criterion(RouteMatch route, String id) {
        return route.criteria().stream()
                .filter(c -> c.criterion().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + route));
    }

    private static String explain(PolicyMatches matches) {
        StringBuilder out = new StringBuilder();
        for (MeasureMatch m : matches.measures()) {
            out.append("measure ")
                    .append(m.number())
                    .append(' ')
                    .append(m.status())
                    .append('\n');
            for (RouteMatch r : m.routes()) {
                out.append("  ").append(r.key()).append(' ').append(r.status()).append(':');
                for (CriterionResult c : r.criteria()) {
                    out.append(' ').append(c.criterion().id()).append('=').append(c.outcome());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}

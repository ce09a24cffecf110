package org.brainbridge.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.GraphGateway;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.Match;
import org.brainbridge.matching.MatchingService;
import org.brainbridge.search.SearchProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation over the shared seeded graph (graph-seed/illustrative): ours and the baselines are scored per source,
 * the baselines keep to the hard rules and are reproducible, and judged ids that cannot be evaluated are reported
 * with their line and column.
 */
@IntegrationTest
class MatchEvaluatorTest {

    private static final String INVESTOR = "inv-ill-0003";
    // inv-ill-0003 met proj-ill-0009, ent-ill-0072 declined, has a conflict with ent-ill-0059; ent-ill-0015 opted out.
    private static final List<String> EXCLUDED =
            List.of("proj-ill-0009", "ent-ill-0072", "ent-ill-0059", "ent-ill-0015");

    @Autowired
    MatchingService matching;

    @Autowired
    GraphGateway gateway;

    @Autowired
    SearchProbe probe;

    private MatchReport evaluate(List<String> rows, long seed) {
        List<String> lines = new ArrayList<>(List.of("journey\tsource_id\ttarget_id\tgrade"));
        lines.addAll(rows);
        return new MatchEvaluator(matching, gateway, probe, seed)
                .evaluate(MatchJudgments.parse(lines, "test.tsv"), "graph-seed", "test");
    }

    @Test
    void scoresOursAndTheBaselinesPerSourceKeepingTheBaselinesToTheHardRules() {
        probe.awaitCaughtUp(java.time.Duration.ofMinutes(2));
        List<String> ours = matching.match(Journey.INVESTOR, INVESTOR, null, 10, null).nodes().stream()
                .map(Match::id)
                .toList();
        MatchReport report = evaluate(
                List.of(
                        "investor\t" + INVESTOR + "\t" + ours.getFirst() + "\t3",
                        "investor\t" + INVESTOR + "\tproj-ill-0009\t2",
                        "candidate\tpos-ill-0001\ttal-ill-0002\t2"),
                7);

        assertThat(report.results()).hasSize(2);
        SourceResult investor = report.results().getFirst();
        assertThat(investor.rankings().get(Engine.OURS)).isEqualTo(ours);
        assertThat(investor.scores().get(Engine.OURS).reciprocalRank()).isEqualTo(1.0);
        for (Engine engine : List.of(Engine.RANDOM, Engine.MOST_CONNECTED)) {
            assertThat(investor.rankings().get(engine))
                    .as(engine.label())
                    .hasSize(10)
                    .doesNotContainAnyElementsOf(EXCLUDED)
                    .doesNotContain(INVESTOR)
                    .allSatisfy(id -> assertThat(id).matches("(proj|ent)-.*"));
        }
        List<String> unwilling = gateway
                .query(
                        "MATCH (t:Talent) WHERE t.consentToMatch <> true OR t.optedOut = true RETURN t.id AS id",
                        Map.of())
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
        SourceResult candidate = report.results().get(1);
        for (Engine engine : Engine.values()) {
            assertThat(candidate.rankings().get(engine)).as(engine.label()).doesNotContainAnyElementsOf(unwilling);
        }
        // The most connected are the same hubs for every source; the random order is the seed's.
        MatchReport again = evaluate(List.of("investor\t" + INVESTOR + "\t" + ours.getFirst() + "\t3"), 7);
        assertThat(again.results().getFirst().rankings().get(Engine.RANDOM))
                .isEqualTo(investor.rankings().get(Engine.RANDOM));
        MatchReport reseeded = evaluate(List.of("investor\t" + INVESTOR + "\t" + ours.getFirst() + "\t3"), 8);
        assertThat(reseeded.results().getFirst().rankings().get(Engine.RANDOM))
                .isNotEqualTo(investor.rankings().get(Engine.RANDOM));
        assertThat(report.summaries())
                .extracting(MatchReport.Summary::group)
                .containsExactly("investor", "candidate", "all");
        assertThat(report.run().threshold()).isEqualTo(2);
    }

    @Test
    void judgedIdsThatCannotBeEvaluatedAreReportedWithTheirLineAndColumnAndCounted() {
        MatchReport report = evaluate(
                List.of(
                        "investor\tinv-ill-9999\tproj-ill-0001\t3",
                        "investor\t" + INVESTOR + "\tproj-ill-9999\t3",
                        "investor\t" + INVESTOR + "\ttal-ill-0002\t1",
                        "partner\tent-ill-0001\tent-ill-0002\t2",
                        "position\ttal-ill-0132\tpos-ill-0001\t2"),
                7);

        assertThat(report.run().problems())
                .extracting(MatchEvaluator.Problem::line, MatchEvaluator.Problem::column, MatchEvaluator.Problem::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 2, "inv-ill-9999"),
                        org.assertj.core.groups.Tuple.tuple(3, 3, "proj-ill-9999"),
                        org.assertj.core.groups.Tuple.tuple(4, 3, "tal-ill-0002"),
                        org.assertj.core.groups.Tuple.tuple(5, 2, "ent-ill-0001"),
                        org.assertj.core.groups.Tuple.tuple(6, 2, "tal-ill-0132"));
        assertThat(report.run().problems().get(3).message())
                .isEqualTo("source 'ent-ill-0001' is an enterprise; journey partner takes institution");
        assertThat(report.run().problems().get(4).message()).contains("consent");
        // The investor is still evaluated, its missing target counting against every engine.
        assertThat(report.results()).hasSize(1);
        assertThat(report.results().getFirst().scores().values())
                .allSatisfy(s -> assertThat(s.ndcg()).isZero());
        assertThat(report.run().skipped())
                .extracting(MatchJudgments.JudgedSource::sourceId)
                .containsExactlyInAnyOrder("ent-ill-0001", "tal-ill-0132");
        assertThat(report.text())
                .contains("test.tsv:2: column 2 (source_id): source 'inv-ill-9999' is not in the graph");
    }
}

package org.brainbridge.search.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command end to end, as bench/search-eval.sh runs it, on judgments written the way the issue states
 * them (four columns, no header, no type): the seed graph loaded into a fresh store of its own, every query through
 * ours and the Neo4j baseline, the report written with the inferred types and the judged ids the graph lacks. Slow: it
 * starts a second embedded Neo4j.
 */
@Tag("slow")
class SearchEvaluationEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void measuresFourColumnJudgmentsOnTheSeedGraph() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("graph-seed/judgments/search.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (line.startsWith("#") || line.isBlank() || line.equals(Judgments.HEADER)) {
                continue;
            }
            lines.add(String.join("\t", cells[0], cells[1], cells[3], cells[4]));
        }
        String firstQuery = lines.getFirst().split("\t")[0];
        String firstText = lines.getFirst().split("\t")[1];
        lines.add(String.join("\t", firstQuery, firstText, "ent-not-in-the-graph", "2"));
        Path judgments = dir.resolve("judgments.tsv");
        Files.write(judgments, lines, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.md");

        int status = SearchEvaluation.run(new String[] {
            "--seed", "graph-seed", "--judgments", judgments.toString(), "--out", report.toString(), "--label", "test"
        });

        assertThat(status).isZero();
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(md).contains("| **overall** |");
        for (String type : List.of("zh", "en", "mixed", "pinyin")) {
            assertThat(md).contains("| " + type + " | ");
        }
        assertThat(md).contains("- Query types inferred from the text for ");
        assertThat(md).containsPattern("Judged ids not in the graph[^\n]*ent-not-in-the-graph");
    }

    @Test
    void refusesBadJudgmentsBeforeLoadingAnything() throws IOException {
        Path judgments = dir.resolve("bad.tsv");
        Files.write(judgments, List.of("q1\t脑电采集\tent-1\t5"), StandardCharsets.UTF_8);
        assertThat(SearchEvaluation.run(new String[] {"--seed", "graph-seed", "--judgments", judgments.toString()}))
                .isEqualTo(2);
    }
}

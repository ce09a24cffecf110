package org.brainbridge.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.GraphSeedGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command end to end, as bench/match-eval.sh runs it: a small generated folder (1,000 nodes, with its
 * planted cases and judgments) loaded into a fresh store of its own, every journey measured for ours and the three
 * baselines, the report written; judged ids that are not in the graph, or of the wrong kind, are reported with their
 * line and column and counted, not dropped. Slow: it starts a second embedded Neo4j and loads a folder into it (a
 * minute on a quiet machine, several on a busy one); {@link MatchEvaluatorTest} covers the same pieces on the shared
 * store in the fast build.
 */
@Tag("slow")
class MatchEvaluationEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void measuresEveryJourneyOnAGeneratedFolderAndReportsBadIds() throws IOException {
        Path seed = dir.resolve("seed");
        GraphSeedGenerator.main(new String[] {"--nodes", "1000", "--out", seed.toString()});
        Path heldOut = seed.resolve("judgments/matching-heldout.tsv");
        assertThat(heldOut).exists();
        List<String> lines = new ArrayList<>(Files.readAllLines(heldOut, StandardCharsets.UTF_8));
        int first = lines.size() + 1;
        lines.add("investor\tinv-gen-999999\tproj-gen-000001\t3");
        lines.add("investor\tinv-gen-000001\tent-gen-999999\t2");
        lines.add("partner\tinst-gen-000001\tinst-gen-000002\t2");
        Path judgments = dir.resolve("judgments.tsv");
        Files.write(judgments, lines, StandardCharsets.UTF_8);
        Path report = dir.resolve("report.md");

        int status = MatchEvaluation.run(new String[] {
            "--seed",
            seed.toString(),
            "--judgments",
            judgments.toString(),
            "--out",
            report.toString(),
            "--label",
            "test"
        });

        assertThat(status).isZero();
        String md = Files.readString(report, StandardCharsets.UTF_8);
        for (String journey : List.of("investor", "partner", "institution", "candidate", "position", "similar")) {
            assertThat(md).contains("| " + journey + " | ");
        }
        assertThat(md)
                .contains("### nDCG@10", "### precision@5", "### MRR@10", "| **all** |")
                .contains("| ours | text-only | most-connected | random |")
                .contains("## Machine", "CPUs available to the JVM");
        assertThat(md)
                .contains("| %d | 2 (source_id) | `inv-gen-999999` | source 'inv-gen-999999' is not in the graph"
                        .formatted(first))
                .contains("| %d | 3 (target_id) | `ent-gen-999999` | target 'ent-gen-999999' is not in the graph"
                        .formatted(first + 1))
                .contains("| %d | 3 (target_id) | `inst-gen-000002` | target 'inst-gen-000002' is an institution;"
                        .formatted(first + 2))
                .contains("3 problems");
    }
}

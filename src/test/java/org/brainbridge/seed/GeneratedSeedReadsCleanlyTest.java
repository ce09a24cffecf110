package org.brainbridge.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainbridge.generator.GraphSeedGenerator;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated 10,000-node folder passes the loader's own validation: file names, columns, ids, codes, cell types,
 * unified social credit code checksums, endpoint kinds; and every relationship ends at a node of the folder
 * (generated, or the copied taxonomy and policy).
 */
class GeneratedSeedReadsCleanlyTest {

    @TempDir
    Path out;

    @Test
    void aGeneratedFolderReadsWithoutProblemsAndEveryEndpointExists() {
        GraphSeedGenerator.main(new String[] {"--nodes", "10000", "--out", out.toString()});

        SeedContent content = new SeedReader(out, true).read();

        assertThat(content.problems).isEmpty();
        assertThat(content.nodes.get(NodeKind.TALENT)).hasSizeGreaterThan(4000);
        List<String> missing = new ArrayList<>();
        content.relationships.forEach((type, rows) -> rows.forEach(located -> {
            for (String end : List.of(located.row().from(), located.row().to())) {
                if (!content.declared.containsKey(end)) {
                    missing.add(type + " " + located.file() + "#" + located.line() + " " + end);
                }
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(content.relationshipRows()).isGreaterThan(40_000);
    }
}

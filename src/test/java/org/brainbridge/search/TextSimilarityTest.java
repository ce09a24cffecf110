package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Text similarity over the seeded index: the search for similar nodes and the direct scores agree. */
@IntegrationTest
class TextSimilarityTest {

    private static final List<NodeKind> KINDS = List.of(NodeKind.ENTERPRISE, NodeKind.INSTITUTION);

    @Autowired
    TextSimilarity text;

    @Test
    void scoringGivenNodesGivesTheScoresTheSearchGaveThem() {
        String source = text.textOf("ent-ill-0001");
        List<TextSimilarity.Hit> found = text.similar(source, KINDS, List.of("ent-ill-0001"), 20);
        assertThat(found).hasSizeGreaterThan(3);
        // A shortlist rescored with the full query: its scores, best first.
        assertThat(found)
                .isSortedAccordingTo(java.util.Comparator.comparingDouble(TextSimilarity.Hit::score)
                        .reversed());

        List<String> ids =
                new ArrayList<>(found.stream().map(TextSimilarity.Hit::id).toList());
        ids.add("no-such-node");
        Map<String, Double> scored = text.scores(source, KINDS, ids).stream()
                .collect(Collectors.toMap(TextSimilarity.Hit::id, TextSimilarity.Hit::score));

        assertThat(scored)
                .containsOnlyKeys(found.stream().map(TextSimilarity.Hit::id).toList());
        for (TextSimilarity.Hit hit : found) {
            assertThat(scored.get(hit.id())).as(hit.id()).isCloseTo(hit.score(), within(1e-4));
        }
    }

    @Test
    void nodesThatShareNoTermAreLeftOut() {
        String epilepsy = "癫痫 睡眠 监测";
        List<String> sharing = text.similar(epilepsy, KINDS, List.of(), 500).stream()
                .map(TextSimilarity.Hit::id)
                .toList();
        List<String> others = text.similar(text.textOf("ent-ill-0001"), KINDS, List.of(), 500).stream()
                .map(TextSimilarity.Hit::id)
                .filter(id -> !sharing.contains(id))
                .limit(20)
                .toList();
        assertThat(sharing).isNotEmpty();
        assertThat(others).isNotEmpty();

        // The search shortlists by names and texts: a node it left out shares a word only through its neighbours'
        // names.
        List<String> throughNeighbours = text.scores(epilepsy, KINDS, others).stream()
                .map(TextSimilarity.Hit::id)
                .toList();
        assertThat(throughNeighbours).hasSizeLessThan(others.size());
        for (String id : throughNeighbours) {
            assertThat(text.textOf(id)).as(id).doesNotContain("癫痫", "睡眠", "监测");
        }
        assertThat(text.scores(epilepsy, KINDS, sharing)).hasSameSizeAs(sharing);
        assertThat(text.scores(epilepsy, KINDS, List.of())).isEmpty();
        assertThat(text.scores("", KINDS, sharing)).isEmpty();
    }
}

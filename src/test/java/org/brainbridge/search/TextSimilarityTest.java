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

/**
 * Text similarity over the seeded index: the scores read term by term are Lucene's for the query, and the search for
 * similar nodes and the direct scores agree.
 */
@IntegrationTest
class TextSimilarityTest {

    private static final List<NodeKind> KINDS = List.of(NodeKind.ENTERPRISE, NodeKind.INSTITUTION);

    @Autowired
    TextSimilarity text;

    @Autowired
    SearchIndex index;

    @Test
    void termByTermScoresAreLucenesScoresOfTheQuery() {
        List<String> terms = List.of("脑电", "康复", "癫痫", "睡眠", "医院", "平台", "brain", "芯片");
        index.withSearcher(searcher -> {
            org.apache.lucene.search.ScoreDoc[] lucene =
                    searcher.search(TextSimilarity.query(terms).build(), 300).scoreDocs;
            assertThat(lucene).hasSizeGreaterThan(10);
            int[] docs = java.util.Arrays.stream(lucene).mapToInt(d -> d.doc).toArray();
            int unrelated = java.util.stream.IntStream.range(
                            0, searcher.getIndexReader().maxDoc())
                    .filter(d -> java.util.Arrays.stream(docs).noneMatch(x -> x == d))
                    .findFirst()
                    .orElseThrow();
            int[] asked = java.util.Arrays.copyOf(docs, docs.length + 1);
            asked[docs.length] = unrelated;
            Map<Integer, TermScores.Scored> mine =
                    TermScores.of(searcher, terms, TextSimilarity.FIELDS, TextSimilarity.BOOSTS, asked).stream()
                            .collect(Collectors.toMap(TermScores.Scored::doc, s -> s));
            if (lucene.length < 300) {
                assertThat(mine).as("a document holding no term is left out").doesNotContainKey(unrelated);
            }
            for (org.apache.lucene.search.ScoreDoc d : lucene) {
                assertThat(mine).containsKey(d.doc);
                assertThat(mine.get(d.doc).score()).as("doc %d", d.doc).isCloseTo(d.score, within(1e-4f * d.score));
                assertThat(mine.get(d.doc).terms()).isNotZero();
            }
            return null;
        });
    }

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

package org.brainbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes of a generated 10,000-node folder: determinism, kind mix, links, hubs, regions, fictional markers. */
class GraphSeedGeneratorTest {

    static final int NODES = 10_000;

    @TempDir
    static Path first;

    static Map<String, Long> rows;
    static GeneratedFolder folder;

    @BeforeAll
    static void generate() throws IOException {
        rows = GraphSeedGenerator.generate(GeneratorOptions.parse("--nodes", "" + NODES, "--out", first.toString()));
        folder = GeneratedFolder.read(first.resolve("generated"));
    }

    @Test
    void theSameArgumentsGiveTheSameBytes(@TempDir Path second) throws IOException {
        GraphSeedGenerator.generate(GeneratorOptions.parse("--nodes", "" + NODES, "--out", second.toString()));
        List<Path> files = files(first);
        assertThat(files.stream().map(p -> first.relativize(p).toString()))
                .containsExactlyElementsOf(files(second).stream()
                        .map(p -> second.relativize(p).toString())
                        .toList());
        for (Path file : files) {
            assertThat(Files.mismatch(
                            file, second.resolve(first.relativize(file).toString())))
                    .as(first.relativize(file).toString())
                    .isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path other) throws IOException {
        GraphSeedGenerator.generate(
                GeneratorOptions.parse("--nodes", "" + NODES, "--out", other.toString(), "--seed", "7", "--no-policy"));
        Path enterprises = first.resolve("generated/Enterprise.csv");
        assertThat(Files.mismatch(enterprises, other.resolve("generated/Enterprise.csv")))
                .isNotEqualTo(-1L);
        assertThat(other.resolve("taxonomy")).doesNotExist();
        assertThat(first.resolve("taxonomy/Region.csv")).exists();
        assertThat(first.resolve("policy/Measure.csv")).exists();
    }

    @Test
    void writesExactlyTheNodesAskedForInTheDocumentedMix() {
        Map<NodeKind, Integer> counts = folder.nodeCounts();
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(NODES);
        int techs = counts.get(NodeKind.TECHNOLOGY);
        assertThat(techs).isBetween(250, 350);
        double total = KindMix.SHARES.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        KindMix.SHARES.forEach((kind, share) -> assertThat((double) counts.get(kind) / (NODES - techs))
                .as(kind.label())
                .isCloseTo(share / total, org.assertj.core.data.Offset.offset(0.005)));
        assertThat(rows.get("Talent.csv")).isEqualTo((long) counts.get(NodeKind.TALENT));
    }

    @Test
    void everyRowIsIllustrativeWithTheGeneratorsProvenance() {
        folder.rows()
                .forEach((file, list) -> list.forEach(row -> {
                    assertThat(row.get("source")).as(file).isEqualTo("BrainBridge generator");
                    assertThat(row.get("source_ref")).as(file).isEqualTo("seed 20261129, nodes 10000");
                    if (row.containsKey("id")) {
                        assertThat(row.get("illustrative")).as(file).isEqualTo("true");
                    }
                }));
    }

    @Test
    void relationshipsAreUniqueAndConnectAllowedKinds() {
        for (RelType type : RelType.values()) {
            Set<String> seen = new HashSet<>();
            for (Map<String, String> row : folder.relationships(type)) {
                assertThat(seen.add(row.get("from") + " " + row.get("to")))
                        .as("%s %s -> %s twice", type, row.get("from"), row.get("to"))
                        .isTrue();
                NodeKind from = NodeKind.byId(row.get("from")).orElseThrow();
                NodeKind to = NodeKind.byId(row.get("to")).orElseThrow();
                assertThat(type.connects(from, to)).as("%s %s", type, row).isTrue();
            }
        }
        List<RelType> used = List.of(
                RelType.LOCATED_IN,
                RelType.IN_SEGMENT,
                RelType.BROADER,
                RelType.DEVELOPS,
                RelType.RESEARCHES,
                RelType.HAS_SKILL,
                RelType.USES_TECHNOLOGY,
                RelType.COVERS,
                RelType.SERVES,
                RelType.MAKES,
                RelType.OWNS,
                RelType.RUNS,
                RelType.WORKS_AT,
                RelType.LEADS,
                RelType.POSTS,
                RelType.REQUIRES_SKILL,
                RelType.INVESTED_IN,
                RelType.FOCUSES_ON,
                RelType.TARGETS_REGION,
                RelType.COLLABORATES_WITH,
                RelType.SUPPLIES,
                RelType.AFFILIATED_WITH,
                RelType.TRIALS_AT,
                RelType.LICENSED_TO,
                RelType.MET,
                RelType.DECLINED,
                RelType.CONFLICT_OF_INTEREST);
        used.forEach(
                type -> assertThat(folder.relationships(type)).as(type.name()).isNotEmpty());
    }

    @Test
    void aFewHubEnterprisesHoldADisproportionateShareOfTheLinks() {
        Map<String, Integer> degree = new HashMap<>();
        for (RelType type : RelType.values()) {
            for (Map<String, String> row : folder.relationships(type)) {
                for (String end : List.of(row.get("from"), row.get("to"))) {
                    if (end.startsWith("ent-")) {
                        degree.merge(end, 1, Integer::sum);
                    }
                }
            }
        }
        List<Integer> sorted = degree.values().stream().sorted((a, b) -> b - a).toList();
        int top = Math.max(1, folder.nodeCounts().get(NodeKind.ENTERPRISE) / 100);
        long topLinks =
                sorted.subList(0, top).stream().mapToLong(Integer::longValue).sum();
        long all = sorted.stream().mapToLong(Integer::longValue).sum();
        // Uniform degrees would give the top 1 % about 1 % of the links; preferential attachment gives them many times
        // more.
        assertThat((double) topLinks / all).isGreaterThan(0.10);
        assertThat(sorted.get(0)).isGreaterThan(20 * sorted.get(sorted.size() / 2));
        Map<String, Integer> techDegree = new HashMap<>();
        for (RelType type : List.of(RelType.DEVELOPS, RelType.HAS_SKILL, RelType.USES_TECHNOLOGY, RelType.COVERS)) {
            folder.relationships(type).forEach(row -> techDegree.merge(row.get("to"), 1, Integer::sum));
        }
        List<Integer> techs =
                techDegree.values().stream().sorted((a, b) -> b - a).toList();
        assertThat(techs.get(0)).isGreaterThan(10 * techs.get(techs.size() / 2));
    }

    @Test
    void actorsClusterInNanchangAndTheGanjiangNewAreaWithAFewOutsideJiangxi() {
        List<Map<String, String>> located = folder.relationships(RelType.LOCATED_IN).stream()
                .filter(r -> r.get("from").startsWith("ent-"))
                .filter(r -> !r.get("to").equals("region-zone-ganjiang"))
                .toList();
        Set<String> zoneCounties = Set.of("region-360111", "region-360112", "region-360482", "region-360425");
        long core = located.stream()
                .filter(r -> r.get("to").startsWith("region-3601") || zoneCounties.contains(r.get("to")))
                .count();
        long outside = located.stream()
                .filter(r -> !r.get("to").startsWith("region-36"))
                .count();
        long ganzhou = located.stream()
                .filter(r -> r.get("to").startsWith("region-3607"))
                .count();
        long jiujiang = located.stream()
                .filter(r -> r.get("to").startsWith("region-3604"))
                .count();
        assertThat((double) core / located.size()).isGreaterThan(0.4);
        assertThat(ganzhou).isGreaterThan(located.size() / 20);
        assertThat(jiujiang).isGreaterThan(located.size() / 20);
        assertThat((double) outside / located.size()).isBetween(0.005, 0.08);
    }

    @Test
    void theTaxonomyGrowsDeeperWithBilingualTermsUnderTheCuratedOnes() throws IOException {
        Map<String, String> parent = new HashMap<>();
        folder.relationships(RelType.BROADER).forEach(r -> parent.put(r.get("from"), r.get("to")));
        GeneratedFolder.read(first.resolve("taxonomy"))
                .relationships(RelType.BROADER)
                .forEach(r -> parent.put(r.get("from"), r.get("to")));
        int deepest = 0;
        for (Map<String, String> tech : folder.nodes(NodeKind.TECHNOLOGY)) {
            assertThat(tech.get("name_en")).isNotBlank();
            assertThat(parent).containsKey(tech.get("id"));
            int depth = 1;
            for (String t = tech.get("id"); parent.containsKey(t); t = parent.get(t)) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest).isEqualTo(TechTree.MAX_DEPTH);
    }

    @Test
    void textIsBilingualWithShortNamesAndAFewMisspellings() {
        List<Map<String, String>> enterprises = folder.nodes(NodeKind.ENTERPRISE);
        enterprises.forEach(e -> {
            assertThat(e.get("name_en")).isNotBlank();
            assertThat(e.get("description")).isNotBlank();
            assertThat(e.get("description_en")).isNotBlank();
            assertThat(e.get("short_name")).isNotEqualTo(e.get("name"));
        });
        String english = folder.all("description_en");
        String chinese = folder.all("description");
        String names = folder.all("name");
        assertThat(english).containsAnyOf("rehabilitaion", "EGG", "nuerofeedback", "aquisition", "exoskeletton");
        assertThat(chinese).containsAnyOf("电级", "釆集", "监侧", "训炼", "康附", "糸统");
        assertThat(names).containsAnyOf("腦", "機", "醫", "電", "療");
        assertThat(names).containsPattern("[Ａ-Ｚ０-９]");
    }

    @Test
    void personalDataAndCodesAreVisiblyFictionalButWellFormed() {
        for (Map<String, String> t : folder.nodes(NodeKind.TALENT)) {
            assertThat(t.get("phone")).startsWith("199");
            assertThat(t.get("email")).endsWith("@example.com");
            assertThat(t.get("id_number")).startsWith("999999").hasSize(18);
            assertThat(Checks.idNumber(
                            Integer.parseInt(t.get("id_number").substring(6, 10)),
                            Integer.parseInt(t.get("id_number").substring(10, 12)),
                            Integer.parseInt(t.get("id_number").substring(12, 14)),
                            Integer.parseInt(t.get("id_number").substring(14, 17))))
                    .isEqualTo(t.get("id_number"));
            assertThat(t.get("birth_date"))
                    .isEqualTo(t.get("id_number").substring(6, 10) + "-"
                            + t.get("id_number").substring(10, 12) + "-"
                            + t.get("id_number").substring(12, 14));
            assertThat(t.get("name_en")).isEmpty();
        }
        Set<String> usccs = new HashSet<>();
        for (Map<String, String> e : folder.nodes(NodeKind.ENTERPRISE)) {
            assertThat(e.get("uscc")).hasSize(18).contains("FAKE");
            assertThat(usccs.add(e.get("uscc"))).isTrue();
        }
    }

    @Test
    void theCommandLineIsCheckedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--out", "x")).hasMessageContaining("--nodes");
        assertThatThrownBy(() -> GeneratorOptions.parse("--nodes", "12")).hasMessageContaining("between");
        assertThatThrownBy(() -> GeneratorOptions.parse("--nodes", "lots")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> GeneratorOptions.parse("--nodes", "10000", "--colour"))
                .hasMessageContaining("--colour");
        GeneratorOptions options = GeneratorOptions.parse("--nodes", "1_000_000");
        assertThat(options.nodes()).isEqualTo(1_000_000);
        assertThat(options.seed()).isEqualTo(20261129L);
        assertThat(options.copyBase()).isTrue();
        assertThat(options.out()).isEqualTo(Path.of("target", "graph-seed-1000000"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

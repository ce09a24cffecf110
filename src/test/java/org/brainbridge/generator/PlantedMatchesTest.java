package org.brainbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted matchmaking cases of a generated 10,000-node folder and their judgments: every journey in both sets,
 * true matches graded high, decoys low, talent without consent never listed, planted entities scattered among the
 * others. (That the same arguments give the same judgments is {@link GraphSeedGeneratorTest}'s byte comparison.)
 */
class PlantedMatchesTest {

    static final int NODES = 10_000;

    @TempDir
    static Path out;

    static List<Plants.Case> cases;
    static Map<String, Map<String, Integer>> tuning;
    static Map<String, Map<String, Integer>> heldOut;
    static GeneratedFolder folder;

    @BeforeAll
    static void generate() throws IOException {
        GeneratorOptions options = GeneratorOptions.parse("--nodes", "" + NODES, "--out", out.toString());
        GraphSeedGenerator.generate(options);
        // The same plan again (it is a pure function of the seed and the size), to know what was planted.
        World world = new World(options.seed(), options.nodes(), Taxonomy.read(options.base()));
        world.scenarios = new ScenarioPlan(world);
        world.enterprises = new EnterprisePlan(world);
        world.institutions = new InstitutionPlan(world);
        cases = new Plants(world).cases;
        tuning = read(out.resolve("judgments").resolve(PlantedJudgments.TUNING));
        heldOut = read(out.resolve("judgments").resolve(PlantedJudgments.HELD_OUT));
        folder = GeneratedFolder.read(out.resolve("generated"));
    }

    /** journey + source → target → grade. */
    private static Map<String, Map<String, Integer>> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertThat(lines).contains("journey\tsource_id\ttarget_id\tgrade");
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells[0].equals("journey")) {
                continue;
            }
            assertThat(cells).hasSize(4);
            out.computeIfAbsent(cells[0] + " " + cells[1], k -> new HashMap<>())
                    .put(cells[2], Integer.parseInt(cells[3]));
        }
        return out;
    }

    private static Map<String, Integer> grades(Plants.Case c) {
        return (c.tuning() ? tuning : heldOut).getOrDefault(c.journey() + " " + c.source(), Map.of());
    }

    @Test
    void everyJourneyHasCasesInTheTuningAndTheHeldOutSetAndNoSourceIsInBoth() {
        for (String journey : Plants.JOURNEYS) {
            assertThat(cases.stream().filter(c -> c.journey().equals(journey) && c.tuning()))
                    .as(journey)
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(cases.stream().filter(c -> c.journey().equals(journey) && !c.tuning()))
                    .as(journey)
                    .hasSizeGreaterThanOrEqualTo(4);
        }
        Set<String> both = new HashSet<>(tuning.keySet());
        both.retainAll(heldOut.keySet());
        assertThat(both).isEmpty();
        assertThat(tuning.size() + heldOut.size()).isEqualTo(cases.size());
    }

    @Test
    void trueMatchesAreGradedHighAndDecoysLow() {
        int planted = 0;
        int three = 0;
        for (Plants.Case c : cases) {
            Map<String, Integer> grades = grades(c);
            for (String match : c.matches()) {
                assertThat(grades.getOrDefault(match, 0)).as(c + " " + match).isGreaterThanOrEqualTo(2);
                planted++;
                three += grades.get(match) == 3 ? 1 : 0;
            }
            for (String decoy : c.decoys()) {
                assertThat(grades.getOrDefault(decoy, 0)).as(c + " " + decoy).isLessThanOrEqualTo(1);
            }
            // Every source has something clearly relevant to find, and more to find than the true matches alone.
            assertThat(grades.values()).as(c.toString()).contains(3);
        }
        assertThat((double) three / planted).isGreaterThan(0.6);
    }

    @Test
    void talentWithoutConsentOrOptedOutIsNeverListed() {
        Set<String> unwilling = new HashSet<>();
        folder.nodes(NodeKind.TALENT).forEach(t -> {
            if (!"true".equals(t.get("consent_to_match")) || "true".equals(t.get("opted_out"))) {
                unwilling.add(t.get("id"));
            }
        });
        Set<String> plantedUnwilling = new HashSet<>();
        cases.stream()
                .filter(c -> c.journey().equals("candidate"))
                .forEach(c -> c.decoys().stream().filter(unwilling::contains).forEach(plantedUnwilling::add));
        assertThat(plantedUnwilling).isNotEmpty();
        for (Map<String, Map<String, Integer>> set : List.of(tuning, heldOut)) {
            set.forEach(
                    (source, grades) -> assertThat(grades.keySet()).as(source).doesNotContainAnyElementsOf(unwilling));
        }
    }

    @Test
    void plantedEntitiesAreScatteredAmongTheOthers() {
        Map<String, TreeSet<Integer>> indices = new HashMap<>();
        for (Plants.Case c : cases) {
            for (String id : concat(c)) {
                String prefix = id.substring(0, id.indexOf('-'));
                indices.computeIfAbsent(prefix, k -> new TreeSet<>())
                        .add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
            }
        }
        Map<String, Integer> counts = Map.of(
                "proj", folder.nodes(NodeKind.PROJECT).size(),
                "tal", folder.nodes(NodeKind.TALENT).size(),
                "pos", folder.nodes(NodeKind.POSITION).size(),
                "ent", folder.nodes(NodeKind.ENTERPRISE).size(),
                "inst", folder.nodes(NodeKind.INSTITUTION).size(),
                "inv", folder.nodes(NodeKind.INVESTOR).size());
        indices.forEach((prefix, set) -> {
            int n = counts.get(prefix);
            // Both halves of the numbering, and never one block: ids say nothing of what was planted.
            assertThat(set.first()).as(prefix).isLessThan(n / 2);
            assertThat(set.last()).as(prefix).isGreaterThan(n / 2);
            assertThat(set.last() - set.first() + 1).as(prefix).isGreaterThan(set.size());
        });
    }

    private static List<String> concat(Plants.Case c) {
        List<String> all = new java.util.ArrayList<>(c.matches());
        all.addAll(c.decoys());
        all.add(c.source());
        return all;
    }
}

package org.brainbridge.generator;

import java.util.HashSet;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;

/**
 * What every part of a run shares: the seed, the counts, the taxonomy and its indexes, the registry of names in
 * use, and the plans of the kinds whose attributes later kinds need (enterprises, institutions, scenarios, the
 * project leaders). Plans hold a few primitive arrays and the names, never whole rows.
 */
final class World {

    // Random streams: one per purpose, so that changing how one kind is drawn leaves the others as they were.
    static final int SCENARIO = 2;
    static final int ENTERPRISE = 3;
    static final int ENTERPRISE_ROW = 4;
    static final int ENTERPRISE_TECHS = 5;
    static final int ENTERPRISE_SCENARIOS = 6;
    static final int INSTITUTION = 7;
    static final int INSTITUTION_ROW = 8;
    static final int TALENT = 10;
    static final int PROJECT = 11;
    static final int INVESTOR = 12;
    static final int PRODUCT = 13;
    static final int PATENT = 14;
    static final int DATASET = 15;
    static final int POSITION = 16;
    static final int MISSPELL = 17;
    static final int MATCHMAKING = 18;

    /** Reference year of the data (founding years, filing years and ages are counted back from it). */
    static final int YEAR = 2026;

    final long seed;
    final int nodes;
    final KindMix mix;
    final Taxonomy taxonomy;
    final Regions regions;
    final TechTree techs;
    final Catalog catalog;
    final String sourceRef;
    private final Set<String> names = new HashSet<>();

    ScenarioPlan scenarios;
    EnterprisePlan enterprises;
    InstitutionPlan institutions;
    /** Planted matchmaking cases: which entities get planned attributes instead of drawn ones. */
    Plants plants;
    /** Up to four talents per organisation who can lead its projects (-1 where none), enterprises first. */
    int[] leaders;
    /** Per project: the stage it raises, or -1 when it does not seek investment. */
    byte[] projectStage;

    World(long seed, int nodes, Taxonomy taxonomy) {
        this.seed = seed;
        this.nodes = nodes;
        this.mix = new KindMix(nodes);
        this.taxonomy = taxonomy;
        this.regions = new Regions(taxonomy);
        this.techs = new TechTree(taxonomy, mix.count(NodeKind.TECHNOLOGY), seed);
        this.mix.technologiesWritten(techs.generated());
        this.catalog = new Catalog(taxonomy, techs);
        this.sourceRef = "seed " + seed + ", nodes " + nodes;
    }

    Rand rand(int stream, long index) {
        return Rand.of(seed, stream, index);
    }

    /** Claims a name; false when another node of the run already has it. */
    boolean claim(String name) {
        return names.add(name);
    }

    int count(NodeKind kind) {
        return mix.count(kind);
    }

    /** Rank-based hub test: the first percent of a kind (at least a handful) are its hubs. */
    static boolean hub(int index, int count) {
        return index < Math.max(6, count / 100);
    }
}

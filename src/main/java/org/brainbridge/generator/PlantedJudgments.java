package org.brainbridge.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Grades every candidate of every planted case (see {@link Plants}) and writes the matching judgments next to the
 * graph: {@code judgments/matching-tuning.tsv} and {@code judgments/matching-heldout.tsv}, the cases alternating
 * between them. Weights may be tuned on the first; the second is for measuring only.
 *
 * <p>The grades come from the written folder (read back), by rules a person would apply, the same for planted and
 * natural entities: a candidate that fails the journey's essential condition (a related technology or skill) gets
 * 0 and is not listed; otherwise the more of the journey's other conditions it meets, the higher the grade. Pairs
 * the hard rules exclude (the same organisation, a meeting, a decline or a conflict of interest on record, an
 * opted-out actor, talent without consent) are never listed: no engine may propose them. The rules are in
 * docs/matching.md ("Quality").
 */
final class PlantedJudgments {

    static final String TUNING = "matching-tuning.tsv";
    static final String HELD_OUT = "matching-heldout.tsv";
    private static final List<String> DEGREES = List.of("associate", "bachelor", "master", "phd");

    private final World world;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Entity>> byKind = new HashMap<>();
    private final Map<String, Integer> segmentTier = new HashMap<>();

    private PlantedJudgments(World world) {
        this.world = world;
        for (Taxonomy.Segment s : world.taxonomy.segments) {
            if (s.tier() != null && !s.tier().isEmpty()) {
                segmentTier.put(s.id(), "upstream".equals(s.tier()) ? 0 : "midstream".equals(s.tier()) ? 1 : 2);
            }
        }
    }

    /** What the rules read of one actor. */
    private static final class Entity {
        final String id;
        final String kind;
        final Map<String, String> props = new HashMap<>();
        final Set<String> techs = new HashSet<>();
        final Map<String, Boolean> required = new LinkedHashMap<>();
        final Set<String> scenarios = new HashSet<>();
        final Set<String> segments = new HashSet<>();
        final Set<String> regions = new HashSet<>();
        final Set<String> targetRegions = new HashSet<>();
        final Set<String> orgs = new HashSet<>();
        final Set<String> employers = new HashSet<>();
        final Set<String> records = new HashSet<>();

        Entity(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }
    }

    static void write(World world, Path generated, Path out) {
        PlantedJudgments judge = new PlantedJudgments(world);
        judge.read(generated);
        try {
            Files.createDirectories(out);
            try (Writer tuning = Files.newBufferedWriter(out.resolve(TUNING), StandardCharsets.UTF_8);
                    Writer heldOut = Files.newBufferedWriter(out.resolve(HELD_OUT), StandardCharsets.UTF_8)) {
                judge.header(tuning, "tuning set: tune weights on these cases only");
                judge.header(heldOut, "held-out set: measure with these; never tune on them");
                for (Plants.Case c : world.plants.cases) {
                    judge.grade(c, c.tuning() ? tuning : heldOut);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the judgments to " + out, e);
        }
    }

    private void header(Writer w, String which) throws IOException {
        w.write("# Planted matchmaking judgments, " + which + ". BrainBridge generator, " + world.sourceRef + ".\n");
        w.write(
                "# Every candidate of a planted source is graded 0-3 by the rules in docs/matching.md (\"Quality\");\n");
        w.write("# grade-0 rows are the planted decoys (same words, wrong fit); unlisted candidates are grade 0.\n");
        w.write("journey\tsource_id\ttarget_id\tgrade\n");
    }

    // ---- grading -----------------------------------------------------------------------------------------------

    private void grade(Plants.Case c, Writer w) throws IOException {
        Entity source = entities.get(c.source());
        if (source == null) {
            return;
        }
        Set<String> kinds = switch (c.journey()) {
            case "investor" -> Set.of("Project", "Enterprise");
            case "partner" -> Set.of("Enterprise");
            case "institution" -> Set.of("Institution");
            case "candidate" -> Set.of("Talent");
            case "position" -> Set.of("Position");
            default -> Set.of(source.kind);
        };
        Map<String, Integer> grades = new HashMap<>();
        for (String kind : kinds) {
            for (Entity e : byKind.getOrDefault(kind, List.of())) {
                int g = switch (c.journey()) {
                    case "investor" -> investor(source, e);
                    case "partner", "institution" -> partners(source, e);
                    case "candidate" -> staffing(source, e);
                    case "position" -> staffing(e, source);
                    default -> similar(source, e);
                };
                // The rules first: they rule most candidates out more cheaply than the hard rules.
                if (g > 0 && allows(source, e)) {
                    grades.put(e.id, g);
                }
            }
        }
        for (String decoy : c.decoys()) {
            Entity e = entities.get(decoy);
            if (e != null && allows(source, e)) {
                grades.putIfAbsent(decoy, 0);
            }
        }
        List<Map.Entry<String, Integer>> rows = grades.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (Map.Entry<String, Integer> row : rows) {
            w.write(c.journey() + "\t" + c.source() + "\t" + row.getKey() + "\t" + row.getValue() + "\n");
        }
    }

    /**
     * Investor → project or enterprise. Essential: a technology the investor focuses on, or a narrower one. Then: a
     * stage the investor does, located in a region it targets, and for a project an amount within the ticket, and
     * seeking investment while not closed. All met 3, all but one 2, fewer 1.
     */
    private int investor(Entity investor, Entity x) {
        boolean tech =
                x.techs.stream().anyMatch(t -> investor.techs.stream().anyMatch(f -> f.equals(t) || ancestor(f, t)));
        if (!tech) {
            return 0;
        }
        int met = 0;
        int applicable = 0;
        String stage = x.props.get("stage");
        List<String> stages = list(investor.props.get("stages"));
        if (stage != null && !stages.isEmpty()) {
            applicable++;
            met += stages.contains(stage) ? 1 : 0;
        }
        if (!investor.targetRegions.isEmpty()) {
            applicable++;
            met += x.regions.stream()
                            .anyMatch(r -> investor.targetRegions.stream().anyMatch(t -> within(r, t)))
                    ? 1
                    : 0;
        }
        Double sought = number(x.props.get("funding_sought_wan"));
        Double min = number(investor.props.get("ticket_min_wan"));
        Double max = number(investor.props.get("ticket_max_wan"));
        if (x.kind.equals("Project") && sought != null && min != null && max != null) {
            applicable++;
            met += sought >= min && sought <= max ? 1 : 0;
        }
        if (x.kind.equals("Project")) {
            applicable++;
            met += list(x.props.get("seeks")).contains("investment") && !"closed".equals(x.props.get("status")) ? 1 : 0;
        }
        return met == applicable ? 3 : met == applicable - 1 ? 2 : 1;
    }

    /**
     * Institution ↔ enterprise (either way). Essential: the institution researches a technology the enterprise
     * develops, a broader one, or one just below it. Then: a scenario both serve, chain segments one tier apart, the
     * same city. All three 3, two 2, fewer 1.
     */
    private int partners(Entity a, Entity b) {
        Entity inst = a.kind.equals("Institution") ? a : b;
        Entity ent = inst == a ? b : a;
        boolean tech = inst.techs.stream()
                .anyMatch(s -> ent.techs.stream().anyMatch(t -> s.equals(t) || ancestor(s, t) || t.equals(parent(s))));
        if (!tech) {
            return 0;
        }
        int met = 0;
        met += shares(inst.scenarios, ent.scenarios) ? 1 : 0;
        Set<Integer> instTiers = tiers(inst, false);
        Set<Integer> entTiers = tiers(ent, true);
        met += instTiers.stream().anyMatch(x -> entTiers.stream().anyMatch(y -> Math.abs(x - y) == 1)) ? 1 : 0;
        met += sameCity(inst, ent) ? 1 : 0;
        return met == 3 ? 3 : met == 2 ? 2 : 1;
    }

    /**
     * Position ↔ talent. Essential: some coverage of the required skills (a skill held 1, its parent or a child held
     * 0.5, mandatory ones counting twice). Then: the degree, the years, the same city. Coverage of at least 0.75 and
     * all three 3; coverage of at least 0.4 and two of them 2; otherwise 1.
     */
    private int staffing(Entity position, Entity talent) {
        double sum = 0;
        double weights = 0;
        for (Map.Entry<String, Boolean> r : position.required.entrySet()) {
            double w = r.getValue() ? 2 : 1;
            String skill = r.getKey();
            double c = talent.techs.contains(skill)
                    ? 1
                    : talent.techs.stream().anyMatch(h -> skill.equals(parent(h)) || h.equals(parent(skill))) ? 0.5 : 0;
            sum += w * c;
            weights += w;
        }
        double coverage = weights == 0 ? 0 : sum / weights;
        if (coverage == 0) {
            return 0;
        }
        int met = 0;
        int need = DEGREES.indexOf(position.props.get("degree_required"));
        int has = DEGREES.indexOf(talent.props.get("degree"));
        met += need < 0 || has >= need ? 1 : 0;
        Double years = number(position.props.get("years_required"));
        Double experience = number(talent.props.get("years_experience"));
        met += years == null || experience != null && experience >= years ? 1 : 0;
        met += sameCity(position, talent) ? 1 : 0;
        if (coverage >= 0.75 && met == 3) {
            return 3;
        }
        return coverage >= 0.4 && met >= 2 ? 2 : 1;
    }

    /**
     * Actor → actors of its kind (projects planted). Essential: the same technology, or one a step above or below.
     * Then: a scenario both serve, the same stage, the same city, maturity (TRL) within one level. All four 3, three
     * 2, fewer 1.
     */
    private int similar(Entity a, Entity b) {
        boolean tech = a.techs.stream()
                .anyMatch(
                        s -> b.techs.stream().anyMatch(t -> s.equals(t) || s.equals(parent(t)) || t.equals(parent(s))));
        if (!tech) {
            return 0;
        }
        int met = 0;
        met += shares(a.scenarios, b.scenarios) ? 1 : 0;
        met += a.props.get("stage") != null && a.props.get("stage").equals(b.props.get("stage")) ? 1 : 0;
        met += sameCity(a, b) ? 1 : 0;
        Double ta = number(a.props.get("trl"));
        Double tb = number(b.props.get("trl"));
        met += ta != null && tb != null && Math.abs(ta - tb) <= 1 ? 1 : 0;
        return met == 4 ? 3 : met == 3 ? 2 : 1;
    }

    /** The hard rules of matching, as docs/matching.md states them. */
    private boolean allows(Entity source, Entity c) {
        if (c.id.equals(source.id) || !matchable(c)) {
            return false;
        }
        Set<String> theirs = new HashSet<>(c.orgs);
        theirs.add(c.id);
        Set<String> mine = new HashSet<>(source.orgs);
        mine.add(source.id);
        return theirs.stream().noneMatch(mine::contains)
                && theirs.stream().noneMatch(source.records::contains)
                && mine.stream().noneMatch(c.records::contains);
    }

    private boolean matchable(Entity e) {
        if ("true".equals(e.props.get("opted_out"))) {
            return false;
        }
        for (String org : e.orgs) {
            Entity o = entities.get(org);
            if (o != null && o != e && "true".equals(o.props.get("opted_out"))) {
                return false;
            }
        }
        return !e.kind.equals("Talent") || "true".equals(e.props.get("consent_to_match"));
    }

    // ---- taxonomy ----------------------------------------------------------------------------------------------

    private String parent(String tech) {
        Integer i = world.techs.index(tech);
        if (i == null || world.techs.parent.get(i) < 0) {
            return null;
        }
        return world.techs.id.get(world.techs.parent.get(i));
    }

    /** Whether {@code a} is broader than {@code t}, any number of steps up. */
    private boolean ancestor(String a, String t) {
        String p = parent(t);
        for (int guard = 0; p != null && guard < 16; guard++, p = parent(p)) {
            if (p.equals(a)) {
                return true;
            }
        }
        return false;
    }

    private Set<Integer> tiers(Entity e, boolean stated) {
        Set<Integer> tiers = new HashSet<>();
        if (stated) {
            e.segments.forEach(s -> {
                Integer tier = segmentTier.get(s);
                if (tier != null) {
                    tiers.add(tier);
                }
            });
        }
        for (String t : e.techs) {
            Integer i = world.techs.index(t);
            int seg = i == null ? -1 : world.catalog.segmentOf(i);
            if (seg >= 0) {
                tiers.add(world.catalog.tier(seg));
            }
        }
        return tiers;
    }

    /** Whether place {@code r} is the region {@code target} or inside it (its city, province or the New Area). */
    private boolean within(String r, String target) {
        if (r.equals(target)) {
            return true;
        }
        Taxonomy.Region place = world.taxonomy.regions.get(r);
        Taxonomy.Region t = world.taxonomy.regions.get(target);
        if (place == null || t == null) {
            return false;
        }
        if (("region-" + place.cityCode()).equals(target)) {
            return true;
        }
        if ("province".equals(t.level()) && place.code().startsWith(t.code().substring(0, 2))) {
            return true;
        }
        return world.regions.zone() != null
                && world.regions.zone().id().equals(target)
                && world.taxonomy.zoneCounties.contains(r);
    }

    /** Whether the two are in the same city (a county counts as its city; the New Area, across cities, does not). */
    private boolean sameCity(Entity a, Entity b) {
        Set<String> cities = new HashSet<>();
        a.regions.forEach(r -> {
            String city = city(r);
            if (city != null) {
                cities.add(city);
            }
        });
        return b.regions.stream().map(this::city).anyMatch(cities::contains);
    }

    private String city(String region) {
        Taxonomy.Region r = world.taxonomy.regions.get(region);
        return r == null || "zone".equals(r.level()) ? null : "region-" + r.cityCode();
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    private static Double number(String cell) {
        try {
            return cell == null || cell.isBlank() ? null : Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- reading the folder back -------------------------------------------------------------------------------

    private void read(Path dir) {
        nodes(dir, "Project", "stage", "funding_sought_wan", "seeks", "status", "trl");
        nodes(dir, "Enterprise", "stage", "opted_out");
        nodes(dir, "Institution");
        nodes(dir, "Investor", "stages", "ticket_min_wan", "ticket_max_wan");
        nodes(dir, "Talent", "degree", "years_experience", "consent_to_match", "opted_out");
        nodes(dir, "Position", "degree_required", "years_required");
        for (String type : List.of("USES_TECHNOLOGY", "DEVELOPS", "RESEARCHES", "HAS_SKILL", "FOCUSES_ON")) {
            edges(dir, type, r -> from(r).ifPresent(e -> e.techs.add(r.get("to"))));
        }
        edges(
                dir,
                "REQUIRES_SKILL",
                r -> from(r).ifPresent(e -> {
                    e.techs.add(r.get("to"));
                    e.required.put(r.get("to"), "true".equals(r.get("mandatory")));
                }));
        edges(dir, "SERVES", r -> from(r).ifPresent(e -> e.scenarios.add(r.get("to"))));
        edges(dir, "IN_SEGMENT", r -> from(r).ifPresent(e -> e.segments.add(r.get("to"))));
        edges(dir, "LOCATED_IN", r -> from(r).ifPresent(e -> e.regions.add(r.get("to"))));
        edges(dir, "TARGETS_REGION", r -> from(r).ifPresent(e -> e.targetRegions.add(r.get("to"))));
        edges(dir, "RUNS", r -> to(r).ifPresent(e -> e.orgs.add(r.get("from"))));
        edges(dir, "POSTS", r -> to(r).ifPresent(e -> e.orgs.add(r.get("from"))));
        edges(
                dir,
                "WORKS_AT",
                r -> from(r).ifPresent(e -> {
                    e.employers.add(r.get("to"));
                    if (!"false".equals(r.get("current"))) {
                        e.orgs.add(r.get("to"));
                    }
                }));
        edges(dir, "AFFILIATED_WITH", r -> {
            from(r).ifPresent(e -> e.orgs.add(r.get("to")));
            to(r).ifPresent(e -> e.orgs.add(r.get("from")));
        });
        for (Entity e : entities.values()) {
            if (Set.of("Enterprise", "Institution", "Investor").contains(e.kind)) {
                e.orgs.add(e.id);
            }
        }
        Map<String, Set<String>> met = new HashMap<>();
        for (String type : List.of("MET", "DECLINED", "CONFLICT_OF_INTEREST")) {
            edges(dir, type, r -> {
                met.computeIfAbsent(r.get("from"), k -> new HashSet<>()).add(r.get("to"));
                met.computeIfAbsent(r.get("to"), k -> new HashSet<>()).add(r.get("from"));
            });
        }
        // Records bind an actor and its organisations: a project's runner, a position's poster, a talent's employers.
        for (Entity e : entities.values()) {
            e.records.addAll(met.getOrDefault(e.id, Set.of()));
            Set<String> via = new HashSet<>(e.employers);
            if (e.kind.equals("Project") || e.kind.equals("Position")) {
                via.addAll(e.orgs);
            }
            via.forEach(o -> e.records.addAll(met.getOrDefault(o, Set.of())));
        }
    }

    private java.util.Optional<Entity> from(CSVRecord r) {
        return java.util.Optional.ofNullable(entities.get(r.get("from")));
    }

    private java.util.Optional<Entity> to(CSVRecord r) {
        return java.util.Optional.ofNullable(entities.get(r.get("to")));
    }

    private void nodes(Path dir, String kind, String... columns) {
        each(dir.resolve(kind + ".csv"), r -> {
            Entity e = new Entity(r.get("id"), kind);
            for (String column : columns) {
                if (r.isSet(column)) {
                    e.props.put(column, r.get(column));
                }
            }
            entities.put(e.id, e);
            byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(e);
        });
    }

    private void edges(Path dir, String type, Consumer<CSVRecord> row) {
        each(dir.resolve(type + ".csv"), row);
    }

    private static void each(Path file, Consumer<CSVRecord> row) {
        if (!Files.exists(file)) {
            return;
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                row.accept(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

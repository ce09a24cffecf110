package org.brainbridge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The real vocabulary the generated data hangs on, read from a graph-seed folder: regions, technologies, chain
 * segments (taxonomy/) and the application domains named by the policy (policy/Scenario.csv). Ids are read, never
 * assumed, except where noted (the Jiangxi province code 360000 and the Ganjiang New Area's level "zone").
 */
final class Taxonomy {

    record Region(String id, String name, String nameEn, String code, String level) {
        /** The city code of a county ("360111" -> "360100"); the code itself otherwise. */
        String cityCode() {
            return level.equals("county") ? code.substring(0, 4) + "00" : code;
        }

        boolean jiangxi() {
            return code.startsWith("36");
        }
    }

    record Tech(String id, String name, String nameEn, String aliases, boolean skill, String parent) {}

    record Segment(String id, String name, String nameEn, String tier, String parent) {}

    record Domain(String id, String name, String domain) {}

    final Map<String, Region> regions = new LinkedHashMap<>();
    final List<Tech> techs = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    /** Technology id to the chain segment the curators put it in. */
    final Map<String, String> techSegment = new HashMap<>();
    /** County-level regions the Ganjiang New Area overlaps. */
    final Set<String> zoneCounties = new TreeSet<>();

    Region zone;

    static Taxonomy read(Path base) {
        Taxonomy t = new Taxonomy();
        Path taxonomy = base.resolve("taxonomy");
        Map<String, String> techParent = new HashMap<>();
        Map<String, String> segmentParent = new HashMap<>();
        for (var row : rows(taxonomy, "BROADER")) {
            techParent.put(row.get("from"), row.get("to"));
        }
        for (var row : rows(taxonomy, "PART_OF")) {
            if (row.get("from").startsWith("chain-")) {
                segmentParent.put(row.get("from"), row.get("to"));
            }
        }
        for (var row : rows(taxonomy, "IN_SEGMENT")) {
            if (row.get("from").startsWith("tech-")) {
                t.techSegment.putIfAbsent(row.get("from"), row.get("to"));
            }
        }
        for (var row : rows(taxonomy, "Region")) {
            t.regions.put(
                    row.get("id"),
                    new Region(row.get("id"), row.get("name"), row.get("name_en"), row.get("code"), row.get("level")));
        }
        for (var row : rows(taxonomy, "Technology")) {
            t.techs.add(new Tech(
                    row.get("id"),
                    row.get("name"),
                    row.get("name_en"),
                    row.get("aliases"),
                    "true".equals(row.get("skill")),
                    techParent.get(row.get("id"))));
        }
        for (var row : rows(taxonomy, "ChainSegment")) {
            t.segments.add(new Segment(
                    row.get("id"),
                    row.get("name"),
                    row.get("name_en"),
                    row.get("tier"),
                    segmentParent.get(row.get("id"))));
        }
        for (var row : rows(base.resolve("policy"), "Scenario")) {
            t.domains.add(new Domain(row.get("id"), row.get("name"), row.get("domain")));
        }
        t.zone = t.regions.values().stream()
                .filter(r -> "zone".equals(r.level()))
                .findFirst()
                .orElse(null);
        if (t.zone != null) {
            for (var row : rows(taxonomy, "OVERLAPS")) {
                if (row.get("from").equals(t.zone.id())) {
                    t.zoneCounties.add(row.get("to"));
                }
            }
        }
        if (t.techs.isEmpty()
                || t.segments.isEmpty()
                || t.regions.values().stream().noneMatch(Region::jiangxi)) {
            throw new IllegalArgumentException(
                    "%s does not hold a taxonomy (Region, Technology and ChainSegment under".formatted(base)
                            + " taxonomy/)");
        }
        return t;
    }

    /** The rows of every {@code <name>.csv} below the folder, in path order, as column-to-cell maps. */
    private static List<Map<String, String>> rows(Path folder, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().equals(name + ".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                try (CSVParser parser = CSVParser.parse(text, format)) {
                    for (CSVRecord record : parser) {
                        Map<String, String> row = new HashMap<>();
                        for (String column : parser.getHeaderNames()) {
                            row.put(
                                    column,
                                    record.isSet(column) ? record.get(column).strip() : "");
                        }
                        rows.add(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return rows;
    }
}

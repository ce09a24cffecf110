import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the FICTIONAL illustrative BrainBridge ecosystem (enterprises, institutions, talents, investors,
 * projects, patents, products, scenarios, positions, datasets and their relationships) for Jiangxi's BCI industry.
 *
 * <p>Run from the repository root: {@code java graph-seed/tools/GenerateIllustrative.java graph-seed}
 * ({@code --verbose} after the folder also prints how each line of business maps onto the taxonomy).
 * It reads {@code <seed>/taxonomy/**.csv} (regions, technologies, chain segments and their relationships) and
 * {@code <seed>/policy/Scenario.csv}, and (re)writes {@code <seed>/illustrative/*.csv}. Output is deterministic:
 * one {@link Random} with a fixed seed, no iteration over unordered collections, rows sorted before writing.
 *
 * <p>Every row is fictional and flagged {@code illustrative=true}. Names are invented; unified social credit codes
 * carry valid check characters but an organisation code starting with {@code FAKE}; talent ID numbers use the
 * non-existent region prefix 999999, phones the 1990000xxxx range, e-mails example.com.
 *
 * <p>Sections: 1 settings and columns, 2 CSV I/O, 3 taxonomy, 4 data tables, 5 generator (nodes),
 * 6 generator (relationships), 7 descriptions, 8 check characters, 9 output.
 */
public final class GenerateIllustrative {

    // =================================================================================================
    // 1. Settings and columns
    // =================================================================================================

    static final long SEED = 20261129L;
    static final String SOURCE = "BrainBridge illustrative generator";
    static final String SOURCE_REF = "GenerateIllustrative seed " + SEED;
    static final int NOW_YEAR = 2026;

    static final int JX_ENTERPRISES = 72;
    static final int TALENTS = 186;
    static final int PROJECTS = 68;
    static final int PATENTS = 64;
    static final int PRODUCTS = 50;
    static final int POSITIONS = 50;

    static final List<String> HEAD = List.of("id", "name", "name_en", "description", "description_en", "illustrative");
    static final List<String> PROVENANCE = List.of("source", "source_ref");

    /** Kind-specific columns of each node file, in the order of {@code NodeKind}. */
    static final Map<String, List<String>> NODE_COLUMNS = new LinkedHashMap<>();

    static {
        NODE_COLUMNS.put("Enterprise", List.of("short_name", "uscc", "founded_year", "size", "stage", "qualifications",
                "device_class", "registration_status", "employees", "revenue_wan", "website"));
        NODE_COLUMNS.put("Institution", List.of("short_name", "kinds", "level", "clinical_beds", "website"));
        NODE_COLUMNS.put("Talent", List.of("headline", "field", "degree", "title", "years_experience",
                "consent_to_match", "opted_out", "phone", "email", "id_number", "birth_date"));
        NODE_COLUMNS.put("Investor", List.of("short_name", "investor_type", "stages", "ticket_min_wan",
                "ticket_max_wan", "fund_size_wan"));
        NODE_COLUMNS.put("Project", List.of("trl", "seeks", "stage", "funding_sought_wan", "status"));
        NODE_COLUMNS.put("Patent", List.of("number", "patent_type", "ipc", "legal_status", "filing_year", "licensable"));
        NODE_COLUMNS.put("Product", List.of("device_class", "registration_status", "clinical_trial_phase",
                "ethics_review", "launch_year"));
        NODE_COLUMNS.put("Scenario", List.of("domain"));
        NODE_COLUMNS.put("Position", List.of("employment", "degree_required", "years_required", "salary_min_k",
                "salary_max_k", "openings"));
        NODE_COLUMNS.put("Dataset", List.of("modality", "subjects", "size_gb", "desensitised", "access"));
    }

    /** Property columns of the relationship types written here (others have none). */
    static final Map<String, List<String>> REL_COLUMNS = Map.of(
            "HAS_SKILL", List.of("level"),
            "WORKS_AT", List.of("role", "current"),
            "REQUIRES_SKILL", List.of("level", "mandatory"),
            "INVESTED_IN", List.of("round", "amount_wan", "year"),
            "COLLABORATES_WITH", List.of("topic", "since"),
            "SUPPLIES", List.of("item"));

    static final List<String> ID_PREFIX_ORDER = List.of("Scenario", "Enterprise", "Institution", "Investor", "Product",
            "Project", "Patent", "Dataset", "Talent", "Position");

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args.length > 0 ? args[0] : "graph-seed");
        Taxonomy taxonomy = Taxonomy.load(seed);
        Generator generator = new Generator(taxonomy, new Random(SEED));
        generator.generate();
        Output.write(generator, seed.resolve("illustrative"));
        if (List.of(args).contains("--verbose")) {
            generator.themeTechs.forEach((k, v) -> System.out.println(k + " techs: "
                    + v.stream().map(Tech::name).collect(Collectors.joining(" "))));
            generator.themeSegments.forEach((k, v) -> System.out.println(k + " segments: "
                    + v.stream().map(Segment::name).collect(Collectors.joining(" "))));
        }
    }

    // =================================================================================================
    // 2. CSV I/O (RFC 4180)
    // =================================================================================================

    static List<Map<String, String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parseCsv(text);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0);
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).trim(), i < record.size() ? record.get(i).trim() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.trim());
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String csvLine(List<String> cells) {
        return cells.stream().map(GenerateIllustrative::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    // =================================================================================================
    // 3. Taxonomy (read from the seed; ids are never hard-coded here)
    // =================================================================================================

    record Region(String id, String name, String nameEn, String code, String level) {
        String cityCode() {
            return code.length() == 6 ? code.substring(0, 4) + "00" : "";
        }
    }

    record Tech(String id, String name, String nameEn, String text, boolean skill) {}

    record Segment(String id, String name, String nameEn, String tier, int order) {
        String text() {
            return (name + " " + nameEn).toLowerCase(Locale.ROOT);
        }

        int tierRank() {
            return switch (tier) {
                case "upstream" -> 0;
                case "midstream" -> 1;
                default -> 2;
            };
        }
    }

    record DomainScenario(String id, String name, String domain) {}

    static final class Taxonomy {
        final Map<String, Region> regions = new TreeMap<>();
        final List<Tech> techs = new ArrayList<>();
        final List<Tech> domainTechs = new ArrayList<>();
        final List<Tech> skillTechs = new ArrayList<>();
        final Map<String, String> techSegment = new TreeMap<>();
        final List<Segment> subSegments = new ArrayList<>();
        final List<DomainScenario> domainScenarios = new ArrayList<>();
        final Map<String, List<Region>> countiesByCity = new TreeMap<>();
        final List<Region> jxCities = new ArrayList<>();
        final Set<String> zoneCounties = new TreeSet<>();
        Region province;
        Region zone;

        static Taxonomy load(Path seed) throws IOException {
            Taxonomy t = new Taxonomy();
            Map<String, List<Map<String, String>>> files = t.readTaxonomyFiles(seed.resolve("taxonomy"));
            t.loadRegions(files.getOrDefault("Region", List.of()), files);
            t.loadTechs(files.getOrDefault("Technology", List.of()), files.getOrDefault("BROADER", List.of()),
                    files.getOrDefault("IN_SEGMENT", List.of()));
            t.loadSegments(files.getOrDefault("ChainSegment", List.of()), files.getOrDefault("PART_OF", List.of()));
            Path scenarios = seed.resolve("policy").resolve("Scenario.csv");
            if (Files.exists(scenarios)) {
                for (Map<String, String> row : readCsv(scenarios)) {
                    t.domainScenarios.add(new DomainScenario(row.get("id"), row.getOrDefault("name", ""),
                            row.getOrDefault("domain", "")));
                }
            }
            if (t.jxCities.isEmpty() || t.domainTechs.isEmpty() || t.subSegments.isEmpty()) {
                throw new IllegalStateException("taxonomy incomplete under " + seed.resolve("taxonomy")
                        + ": need Region.csv (Jiangxi cities), Technology.csv and ChainSegment.csv");
            }
            return t;
        }

        /** Every CSV below the taxonomy folder, grouped by file name (without .csv), in path order. */
        Map<String, List<Map<String, String>>> readTaxonomyFiles(Path dir) throws IOException {
            Map<String, List<Map<String, String>>> files = new TreeMap<>();
            if (!Files.isDirectory(dir)) {
                return files;
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(dir)) {
                paths = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            }
            for (Path p : paths) {
                String name = p.getFileName().toString().replaceFirst("\\.csv$", "");
                files.computeIfAbsent(name, k -> new ArrayList<>()).addAll(readCsv(p));
            }
            return files;
        }

        void loadRegions(List<Map<String, String>> rows, Map<String, List<Map<String, String>>> files) {
            for (Map<String, String> row : rows) {
                String id = row.get("id");
                String code = row.getOrDefault("code", "");
                if (code.isEmpty() && id.matches("region-\\d{6}")) {
                    code = id.substring(7);
                }
                String level = row.getOrDefault("level", "");
                if (level.isEmpty()) {
                    level = code.isEmpty() ? "zone" : code.endsWith("0000") ? "province"
                            : code.endsWith("00") ? "city" : "county";
                }
                regions.put(id, new Region(id, row.getOrDefault("name", id), row.getOrDefault("name_en", ""),
                        code, level));
            }
            for (Region r : regions.values()) {
                boolean jx = r.code().startsWith("36");
                if (jx && r.level().equals("province")) {
                    province = r;
                } else if (jx && r.level().equals("city")) {
                    jxCities.add(r);
                } else if (jx && r.level().equals("county")) {
                    countiesByCity.computeIfAbsent(r.cityCode(), k -> new ArrayList<>()).add(r);
                } else if (r.level().equals("zone") && (zone == null || r.name().contains("赣江"))) {
                    zone = r;
                }
            }
            if (zone != null) {
                for (String relFile : List.of("OVERLAPS", "PART_OF")) {
                    for (Map<String, String> rel : files.getOrDefault(relFile, List.of())) {
                        String other = zone.id().equals(rel.get("from")) ? rel.get("to")
                                : zone.id().equals(rel.get("to")) ? rel.get("from") : null;
                        Region r = other == null ? null : regions.get(other);
                        if (r != null && r.level().equals("county")) {
                            zoneCounties.add(r.id());
                        }
                    }
                }
            }
        }

        void loadTechs(List<Map<String, String>> rows, List<Map<String, String>> broader,
                List<Map<String, String>> inSegment) {
            Map<String, List<String>> children = new TreeMap<>();
            Set<String> hasParent = new HashSet<>();
            for (Map<String, String> b : broader) {
                children.computeIfAbsent(b.get("to"), k -> new ArrayList<>()).add(b.get("from"));
                hasParent.add(b.get("from"));
            }
            for (Map<String, String> row : rows) {
                String text = String.join(" ", row.getOrDefault("name", ""), row.getOrDefault("name_en", ""),
                        row.getOrDefault("aliases", "")).toLowerCase(Locale.ROOT);
                techs.add(new Tech(row.get("id"), row.getOrDefault("name", ""), row.getOrDefault("name_en", ""),
                        text, "true".equalsIgnoreCase(row.getOrDefault("skill", ""))));
            }
            Map<String, Tech> byId = new HashMap<>();
            techs.forEach(t -> byId.put(t.id(), t));
            // A "skill group" is a non-skill node whose whole subtree consists of skills (e.g. 编程与软件).
            Set<String> skillTree = new HashSet<>();
            for (Tech t : techs) {
                if (!t.skill() && isSkillGroup(t.id(), children, byId)) {
                    skillTree.add(t.id());
                    collectSubtree(t.id(), children, skillTree);
                }
            }
            for (Tech t : techs) {
                if (t.skill()) {
                    skillTechs.add(t);
                }
                boolean topCategory = !hasParent.contains(t.id()) && children.containsKey(t.id());
                if (!skillTree.contains(t.id()) && !topCategory) {
                    domainTechs.add(t);
                }
            }
            for (Map<String, String> s : inSegment) {
                if (s.get("from").startsWith("tech-")) {
                    techSegment.putIfAbsent(s.get("from"), s.get("to"));
                }
            }
        }

        static boolean isSkillGroup(String id, Map<String, List<String>> children, Map<String, Tech> byId) {
            List<String> kids = children.getOrDefault(id, List.of());
            if (kids.isEmpty()) {
                return false;
            }
            for (String kid : kids) {
                Tech k = byId.get(kid);
                if (k == null || (!k.skill() && !isSkillGroup(kid, children, byId))) {
                    return false;
                }
            }
            return true;
        }

        static void collectSubtree(String id, Map<String, List<String>> children, Set<String> into) {
            for (String kid : children.getOrDefault(id, List.of())) {
                if (into.add(kid)) {
                    collectSubtree(kid, children, into);
                }
            }
        }

        void loadSegments(List<Map<String, String>> rows, List<Map<String, String>> partOf) {
            Map<String, String> parent = new HashMap<>();
            for (Map<String, String> p : partOf) {
                if (p.get("from").startsWith("chain-") && p.get("to").startsWith("chain-")) {
                    parent.put(p.get("from"), p.get("to"));
                }
            }
            Map<String, String> tierOf = new HashMap<>();
            rows.forEach(r -> tierOf.put(r.get("id"), r.getOrDefault("tier", "")));
            for (Map<String, String> row : rows) {
                String id = row.get("id");
                boolean isSub = parent.isEmpty() ? !parent.containsValue(id) : parent.containsKey(id);
                if (!isSub) {
                    continue;
                }
                String tier = row.getOrDefault("tier", "");
                if (tier.isEmpty()) {
                    tier = tierOf.getOrDefault(parent.getOrDefault(id, ""), "midstream");
                }
                int order = row.getOrDefault("order", "").matches("\\d+") ? Integer.parseInt(row.get("order")) : 0;
                subSegments.add(new Segment(id, row.getOrDefault("name", id), row.getOrDefault("name_en", ""),
                        tier, order));
            }
            subSegments.sort(Comparator.comparingInt(Segment::tierRank).thenComparingInt(Segment::order)
                    .thenComparing(Segment::id));
        }

        Region city(String code) {
            return jxCities.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        }

        /** A non-Jiangxi region with this code, else any non-Jiangxi region below country level. */
        Region outside(String code) {
            Region exact = regions.values().stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
            if (exact != null) {
                return exact;
            }
            return regions.values().stream()
                    .filter(r -> !r.code().isEmpty() && !r.code().startsWith("36") && !r.level().equals("country"))
                    .findFirst().orElse(null);
        }

        String displayName(Region r) {
            if (r.level().equals("county")) {
                Region city = city(r.cityCode());
                return (city == null ? "" : city.name()) + r.name();
            }
            return r.name();
        }

        String displayNameEn(Region r) {
            String en = r.nameEn().isEmpty() ? r.name() : r.nameEn();
            if (r.level().equals("county")) {
                Region city = city(r.cityCode());
                if (city != null) {
                    return en + ", " + (city.nameEn().isEmpty() ? city.name() : city.nameEn());
                }
            }
            return en;
        }
    }

    // =================================================================================================
    // 4. Data tables (all names fictional)
    // =================================================================================================

    static String[] t(String... s) {
        return s;
    }

    /**
     * A line of business. Keywords pick technologies (name, English name, aliases) and chain sub-segments
     * (name, English name) from the taxonomy; the first segment keyword is the preferred one.
     */
    record Theme(String key, String zh, String en, String industryZh, String industryEn, String shortSuffix,
            int jxWeight, List<String> techKw, List<String> techNeg, List<String> segKw,
            List<String[]> products, List<String[]> inventions, List<String> ipc, List<String> supplies,
            List<String> skillKw) {}

    static final List<Theme> THEMES = List.of(
            new Theme("eeg", "非侵入式脑电采集设备", "non-invasive EEG acquisition devices", "电子科技",
                    "Electronic Technology", "电子", 12,
                    List.of("脑电", "干电极", "放大器", "可穿戴", "非侵入"),
                    List.of("皮层", "立体定向", "大模型", "情绪", "生物反馈", "芯片"),
                    List.of("非侵入", "采集模块", "整机"),
                    List.of(t("便携式干电极脑电采集头环", "portable dry-electrode EEG headband", "class_ii"),
                            t("64导无线脑电放大器", "64-channel wireless EEG amplifier", "class_ii"),
                            t("入耳式脑电监测耳机", "in-ear EEG monitoring earbuds", "none")),
                    List.of(t("干电极脑电采集装置", "dry-electrode EEG acquisition device"),
                            t("脑电信号放大电路及采集系统", "EEG amplifier circuit and acquisition system"),
                            t("头环式脑电佩戴结构", "headband-type EEG wearing structure")),
                    List.of("A61B5/369", "A61B5/291", "A61B5/30", "G06F3/015"),
                    List.of("脑电采集模组", "无线脑电放大器"),
                    List.of("嵌入式", "模拟电路", "pcb", "信号处理", "c/c++")),
            new Theme("electrode", "柔性电极与生物材料", "flexible electrodes and biomaterials", "新材料科技",
                    "New Material Technology", "新材料", 8,
                    List.of("电极", "导电", "水凝胶", "材料"),
                    List.of("utah", "密歇根", "深部", "皮层电极", "微针", "植入", "介入"),
                    List.of("电极"),
                    List.of(t("柔性水凝胶脑电电极贴片", "flexible hydrogel EEG electrode patch", "class_i"),
                            t("银/氯化银半干电极", "Ag/AgCl semi-dry electrode", "class_i"),
                            t("陶瓷基柔性微电极阵列", "ceramic-substrate flexible microelectrode array", "class_ii")),
                    List.of(t("柔性水凝胶电极及其制备方法", "flexible hydrogel electrode and its preparation method"),
                            t("低阻抗半干电极", "low-impedance semi-dry electrode"),
                            t("导电聚合物涂层电极的制备工艺", "process for conductive-polymer-coated electrodes")),
                    List.of("A61B5/263", "A61B5/268", "C08J3/075", "A61N1/04"),
                    List.of("柔性干电极", "水凝胶电极贴片", "导电聚合物涂层"),
                    List.of("微纳", "信号处理", "嵌入式")),
            new Theme("chip", "神经信号处理芯片", "neural signal processing chips", "微电子", "Microelectronics",
                    "微电子", 1,
                    List.of("芯片", "asic", "soc", "无线传输", "放大器"), List.of(),
                    List.of("芯片"),
                    List.of(t("低功耗神经信号采集芯片", "low-power neural signal acquisition ASIC", "none"),
                            t("脑机接口专用SoC模组", "BCI system-on-chip module", "none")),
                    List.of(t("低噪声神经信号前端放大芯片", "low-noise neural front-end amplifier chip"),
                            t("片上脑电特征提取电路", "on-chip EEG feature-extraction circuit")),
                    List.of("H03F3/45", "A61B5/30", "H01L25/16", "G06N3/063"),
                    List.of("神经信号采集芯片", "脑机接口SoC模组"),
                    List.of("集成电路", "fpga", "模拟电路", "c/c++")),
            new Theme("algorithm", "脑电解码算法与软件平台", "neural decoding algorithms and software platforms",
                    "智能科技", "Intelligent Technology", "智能", 10,
                    List.of("解码", "学习", "信号处理", "特征", "伪迹", "共空间", "典型相关", "黎曼", "大模型",
                            "稳态视觉", "p300"),
                    List.of("锋电位分选", "soc"),
                    List.of("算法", "整机"),
                    List.of(t("运动想象脑电解码软件", "motor-imagery EEG decoding software", "class_ii"),
                            t("脑电智能分析云平台", "cloud EEG analytics platform", "none"),
                            t("脑机接口开发者套件", "BCI developer kit", "none")),
                    List.of(t("基于深度学习的运动想象脑电解码方法", "deep-learning motor-imagery EEG decoding method"),
                            t("跨被试脑电迁移学习方法及系统", "cross-subject EEG transfer-learning method and system"),
                            t("稳态视觉诱发电位快速识别方法", "fast SSVEP recognition method")),
                    List.of("G06F3/015", "G06N3/08", "G06F18/24", "A61B5/372"),
                    List.of("脑电解码算法授权", "脑电分析软件开发包"),
                    List.of("python", "深度学习", "机器学习", "信号处理", "matlab")),
            new Theme("invasive", "植入式脑机接口系统", "implantable BCI systems", "神经科技", "Neurotechnology", "神经",
                    3,
                    List.of("侵入式脑机接口", "植入", "皮层", "锋电位", "局部场电位", "深部", "微电极", "utah",
                            "介入", "言语神经假体"),
                    List.of("非侵入", "深部脑刺激"),
                    List.of("半侵入"),
                    List.of(t("植入式柔性皮层电极系统", "implantable flexible cortical electrode system", "class_iii"),
                            t("半侵入式硬膜外脑机接口", "semi-invasive epidural BCI", "class_iii")),
                    List.of(t("植入式柔性神经电极及植入方法", "implantable flexible neural electrode and implantation method"),
                            t("无线供能颅内信号采集装置", "wirelessly powered intracranial recording device")),
                    List.of("A61N1/05", "A61B5/37", "A61B5/293", "A61N1/372"),
                    List.of("植入式电极系统"),
                    List.of("神经外科", "微纳", "集成电路", "信号处理")),
            new Theme("rehab", "脑机接口康复设备", "BCI rehabilitation devices", "康复科技",
                    "Rehabilitation Technology", "康复", 14,
                    List.of("康复", "外骨骼", "肌电", "运动想象", "运动意图", "运动功能", "轮椅", "假肢"), List.of(),
                    List.of("执行", "康复"),
                    List.of(t("脑机接口上肢康复训练系统", "BCI upper-limb rehabilitation training system", "class_ii"),
                            t("下肢外骨骼康复机器人", "lower-limb exoskeleton rehabilitation robot", "class_ii"),
                            t("手功能镜像康复手套", "mirror-therapy hand rehabilitation glove", "class_ii")),
                    List.of(t("运动想象驱动的上肢康复训练装置", "motor-imagery-driven upper-limb rehabilitation device"),
                            t("脑肌电融合的外骨骼控制方法", "EEG-EMG fusion exoskeleton control method"),
                            t("康复手套柔性驱动结构", "soft actuation structure for a rehabilitation glove")),
                    List.of("A61H1/02", "A61H3/00", "B25J9/00", "A61B5/389"),
                    List.of(),
                    List.of("康复医学", "嵌入式", "c/c++", "信号处理")),
            new Theme("neuromod", "神经调控与治疗设备", "neuromodulation and therapy devices", "医疗科技",
                    "Medical Technology", "医疗", 8,
                    List.of("刺激", "调控", "神经反馈"), List.of("视觉诱发", "芯片"),
                    List.of("神经调控", "医疗"),
                    List.of(t("经颅磁刺激治疗仪", "transcranial magnetic stimulator", "class_ii"),
                            t("经颅直流电刺激仪", "tDCS stimulator", "class_ii"),
                            t("闭环神经反馈训练系统", "closed-loop neurofeedback training system", "class_ii")),
                    List.of(t("闭环经颅磁刺激靶点定位方法", "closed-loop TMS target localisation method"),
                            t("可穿戴经颅电刺激装置", "wearable transcranial electrical stimulation device"),
                            t("神经反馈训练方案生成方法", "neurofeedback protocol generation method")),
                    List.of("A61N2/00", "A61N2/02", "A61N1/36", "A61N1/20"),
                    List.of(),
                    List.of("精神医学", "神经内科", "模拟电路", "嵌入式")),
            new Theme("consumer", "睡眠与情绪健康消费电子", "consumer sleep and mood wellness electronics", "健康科技",
                    "Health Technology", "健康", 9,
                    List.of("睡眠", "情绪", "神经反馈", "耳脑电", "虚拟现实", "可穿戴"), List.of("精神"),
                    List.of("消费"),
                    List.of(t("脑电助眠眼罩", "EEG sleep-aid eye mask", "none"),
                            t("冥想脑电头带", "meditation EEG headband", "none"),
                            t("情绪感知智能耳机", "mood-sensing smart earphones", "none")),
                    List.of(t("基于脑电的睡眠分期方法", "EEG-based sleep staging method"),
                            t("助眠声光刺激调节装置", "audiovisual sleep-aid stimulation device"),
                            t("情绪状态识别方法及可穿戴设备", "emotion recognition method and wearable device")),
                    List.of("A61M21/02", "A61B5/4806", "A61B5/16", "G06F3/015"),
                    List.of(),
                    List.of("移动应用", "产品经理", "嵌入式", "python")),
            new Theme("safety", "工业与交通安全脑状态监测", "brain-state monitoring for industrial and traffic safety",
                    "安全科技", "Safety Technology", "安全", 8,
                    List.of("疲劳", "状态监测", "被动式", "眼动", "眼电", "注意力"), List.of("伪迹"),
                    List.of("工业"),
                    List.of(t("驾驶员疲劳预警头枕", "driver fatigue warning headrest", "none"),
                            t("脑电智能安全帽", "EEG smart safety helmet", "none"),
                            t("高危作业人员状态监测系统", "high-risk worker state monitoring system", "none")),
                    List.of(t("基于脑电的驾驶疲劳检测方法", "EEG-based driver fatigue detection method"),
                            t("安全帽内置脑电采集结构", "in-helmet EEG acquisition structure"),
                            t("作业人员警觉度评估系统", "operator vigilance assessment system")),
                    List.of("B60K28/06", "G08B21/06", "A61B5/18", "A42B3/04"),
                    List.of(),
                    List.of("python", "嵌入式", "机器学习", "移动应用")),
            new Theme("education", "教育与专注力训练", "education and attention training", "教育科技",
                    "Education Technology", "教育", 6,
                    List.of("注意力", "神经反馈", "认知", "事件相关", "p300"), List.of("运动"),
                    List.of("教育"),
                    List.of(t("课堂专注力监测头环", "classroom attention-monitoring headband", "none"),
                            t("青少年专注力训练系统", "adolescent attention training system", "none")),
                    List.of(t("课堂注意力群体评估方法", "group classroom attention assessment method"),
                            t("游戏化专注力训练系统", "gamified attention training system")),
                    List.of("G09B19/00", "G09B5/06", "A61B5/168", "G06F3/015"),
                    List.of(),
                    List.of("认知神经科学", "移动应用", "python", "产品经理")),
            new Theme("fnirs", "近红外脑功能成像", "fNIRS brain imaging", "光电科技", "Optoelectronic Technology", "光电",
                    3,
                    List.of("近红外", "多模态", "脑磁", "功能磁共振"), List.of(),
                    List.of("采集模块", "非侵入"),
                    List.of(t("可穿戴近红外脑功能成像仪", "wearable fNIRS brain imaging system", "class_ii"),
                            t("多通道近红外光极帽", "multi-channel fNIRS optode cap", "class_i")),
                    List.of(t("近红外光极高密度排布结构", "high-density fNIRS optode layout"),
                            t("脑血氧信号运动伪迹去除方法", "motion-artefact removal for cerebral oxygenation signals")),
                    List.of("A61B5/1455", "A61B5/0042", "A61B5/0075", "G01N21/359"),
                    List.of("近红外光源模组", "光极帽"),
                    List.of("模拟电路", "matlab", "信号处理", "认知神经科学")),
            new Theme("data", "脑数据与测试服务", "neural data and testing services", "数据科技", "Data Technology", "数据",
                    6,
                    List.of("伪迹", "大模型", "特征提取", "多模态", "癫痫监测", "意识障碍"), List.of(),
                    List.of("数据", "检测"),
                    List.of(t("脑电数据标注管理平台", "EEG data annotation and management platform", "none"),
                            t("脑机接口设备性能检测服务", "BCI device performance testing service", "none")),
                    List.of(t("脑电数据自动质控方法", "automatic EEG data quality-control method"),
                            t("多中心脑数据脱敏共享系统", "multi-centre neural data de-identification and sharing system")),
                    List.of("G16H10/60", "G16H50/70", "G06F16/22", "G06F21/62"),
                    List.of("脑电数据标注服务", "设备检测服务"),
                    List.of("数据标注", "python", "医疗器械注册", "质量管理")));

    /** Specific application needs (the portal's Scenario nodes); domain scenarios come from the policy seed. */
    record Need(String key, String zh, String en, String domain, List<String> themes, List<String> techKw,
            String needZh, String needEn) {}

    static final List<Need> NEEDS = List.of(
            new Need("stroke_upper", "卒中后上肢康复训练", "Post-stroke upper-limb rehabilitation training",
                    "rehabilitation", List.of("rehab", "eeg", "algorithm", "electrode"),
                    List.of("运动想象", "卒中", "外骨骼", "康复机器人"),
                    "脑卒中偏瘫患者借助运动想象脑机接口驱动外骨骼或功能性电刺激，完成主动上肢康复训练",
                    "hemiplegic stroke patients use motor-imagery BCIs to drive exoskeletons or functional electrical stimulation for active upper-limb training"),
            new Need("als_comm", "渐冻症患者沟通辅助", "Communication aid for ALS patients", "medical",
                    List.of("invasive", "algorithm", "eeg", "chip"), List.of("意念打字", "沟通", "言语", "p300"),
                    "肌萎缩侧索硬化（渐冻症）患者通过脑电拼写器或植入式电极实现意念打字与日常沟通",
                    "people with ALS type and communicate through EEG spellers or implanted electrodes"),
            new Need("epilepsy", "癫痫发作预警", "Epileptic seizure early warning", "medical",
                    List.of("eeg", "invasive", "algorithm", "data", "electrode"), List.of("癫痫", "立体定向", "皮层脑电"),
                    "长程脑电监测结合智能算法，提前数分钟预警癫痫发作并通知家属和医生",
                    "long-term EEG monitoring with algorithms that warn of seizures minutes ahead and alert carers"),
            new Need("doc_assess", "意识障碍患者评估", "Assessment of disorders of consciousness", "medical",
                    List.of("eeg", "fnirs", "algorithm"), List.of("意识障碍", "事件相关"),
                    "对植物状态和微意识状态患者进行床旁客观脑功能评估，辅助预后判断",
                    "bedside objective brain-function assessment of vegetative and minimally conscious patients"),
            new Need("depression", "抑郁症神经调控治疗", "Neuromodulation therapy for depression", "medical",
                    List.of("neuromod"), List.of("经颅磁", "精神心理", "经颅直流"),
                    "难治性抑郁症患者接受脑电引导的个体化经颅磁刺激治疗",
                    "treatment-resistant depression treated with EEG-guided individualised TMS"),
            new Need("parkinson", "帕金森病脑深部刺激程控随访", "DBS programming follow-up for Parkinson's disease",
                    "medical", List.of("neuromod", "invasive"), List.of("深部脑刺激", "闭环神经调控"),
                    "帕金森病患者脑深部刺激术后的远程程控、参数优化与随访管理",
                    "remote programming, parameter tuning and follow-up after deep brain stimulation surgery"),
            new Need("sci_walk", "脊髓损伤患者行走辅助", "Walking assistance after spinal cord injury",
                    "rehabilitation", List.of("rehab", "invasive"), List.of("脊髓电刺激", "外骨骼", "运动意图"),
                    "脊髓损伤患者借助脑控外骨骼或脊髓电刺激恢复站立与行走能力",
                    "spinal-cord-injured patients regain standing and walking with brain-controlled exoskeletons or spinal stimulation"),
            new Need("ionm", "术中神经功能监护", "Intra-operative neuromonitoring", "medical",
                    List.of("eeg", "data"), List.of("脑电", "肌电"),
                    "神经外科和脊柱手术中实时监测脑电与肌电，降低神经损伤风险",
                    "real-time EEG and EMG monitoring during neurosurgery and spine surgery to reduce nerve injury"),
            new Need("adhd", "儿童注意缺陷多动障碍辅助诊断", "ADHD diagnostic support for children", "medical",
                    List.of("eeg", "education", "algorithm"), List.of("注意力", "事件相关", "神经反馈"),
                    "结合脑电特征和行为量表为儿童注意缺陷多动障碍提供客观辅助诊断",
                    "objective ADHD diagnostic support combining EEG markers with behavioural scales"),
            new Need("aphasia", "失语症言语康复", "Speech rehabilitation for aphasia", "rehabilitation",
                    List.of("rehab", "algorithm", "neuromod"), List.of("语言解码", "言语", "经颅直流"),
                    "卒中后失语患者结合经颅电刺激与言语解码反馈进行语言功能康复",
                    "post-stroke aphasia rehabilitation combining transcranial stimulation with speech-decoding feedback"),
            new Need("stroke_screen", "基层脑卒中早期筛查", "Early stroke screening in primary care", "medical",
                    List.of("fnirs", "eeg", "data"), List.of("近红外", "高密度脑电"),
                    "县域医院和乡镇卫生院利用便携式脑功能检测设备开展脑卒中早筛",
                    "county and township clinics screen for stroke with portable brain-function devices"),
            new Need("sleep_disorder", "睡眠障碍干预", "Sleep-disorder intervention", "medical",
                    List.of("consumer", "neuromod"), List.of("睡眠", "经颅交流", "迷走神经"),
                    "失眠和睡眠障碍人群通过脑电监测与闭环声光、电刺激改善睡眠质量",
                    "people with insomnia improve sleep with EEG monitoring and closed-loop audiovisual or electrical stimulation"),
            new Need("chronic_pain", "慢性疼痛神经调控", "Neuromodulation for chronic pain", "medical",
                    List.of("neuromod"), List.of("脊髓电刺激", "迷走神经", "经颅磁"),
                    "慢性顽固性疼痛患者接受脊髓电刺激或经颅磁刺激镇痛治疗",
                    "chronic intractable pain treated with spinal cord stimulation or TMS"),
            new Need("ad_screen", "阿尔茨海默病早期认知筛查", "Early cognitive screening for Alzheimer's disease",
                    "elderly_care", List.of("eeg", "fnirs", "algorithm"), List.of("事件相关", "近红外", "大模型"),
                    "社区和养老机构对老年人开展基于脑电的轻度认知障碍早期筛查",
                    "community and care-home screening of older adults for mild cognitive impairment using EEG"),
            new Need("nursing_home", "养老机构认知与跌倒风险监测", "Cognitive and fall-risk monitoring in care homes",
                    "elderly_care", List.of("consumer", "safety", "eeg"), List.of("状态监测", "可穿戴脑电"),
                    "养老机构通过可穿戴设备持续监测老人认知状态与跌倒风险",
                    "care homes monitor residents' cognitive state and fall risk with wearables"),
            new Need("home_care", "居家失能老人脑控智能照护", "BCI-controlled home care for disabled older people",
                    "elderly_care", List.of("rehab", "algorithm"), List.of("轮椅", "稳态视觉", "假肢"),
                    "居家失能老人通过脑控轮椅、护理床与智能家居实现生活自理",
                    "disabled older people at home control wheelchairs, care beds and appliances by thought"),
            new Need("driver_fatigue", "驾驶员疲劳监测", "Driver fatigue monitoring", "industry",
                    List.of("safety", "eeg", "electrode"), List.of("疲劳", "耳脑电"),
                    "长途客货运驾驶员佩戴脑电设备，实时识别疲劳与分心并预警",
                    "long-haul drivers wear EEG devices that detect fatigue and distraction in real time"),
            new Need("hazardous", "高危作业人员状态监测", "State monitoring for high-risk workers", "industry",
                    List.of("safety", "eeg"), List.of("疲劳", "状态监测", "被动式"),
                    "电力、化工等高危岗位作业前后进行脑状态评估，防范人因事故",
                    "power and chemical plants assess workers' brain state before and after shifts to prevent human-error accidents"),
            new Need("mine", "矿山井下作业安全预警", "Underground mining safety early warning", "industry",
                    List.of("safety"), List.of("疲劳", "可穿戴脑电"),
                    "稀土与有色金属矿山井下人员佩戴脑电安全帽，实时监测警觉度",
                    "underground miners in rare-earth and non-ferrous mines wear EEG helmets that track vigilance"),
            new Need("pilot_load", "飞行员脑力负荷评估", "Pilot mental-workload assessment", "industry",
                    List.of("safety", "fnirs"), List.of("近红外", "被动式", "眼动"),
                    "通用航空飞行训练中利用近红外与眼动评估飞行员脑力负荷",
                    "general-aviation flight training assesses pilot workload with fNIRS and eye tracking"),
            new Need("robot_arm", "脑控工业机械臂协同", "Brain-controlled collaborative industrial robot arms",
                    "industry", List.of("algorithm", "rehab"), List.of("假肢", "运动意图", "混合脑机"),
                    "在精密装配场景中探索脑控机械臂与人机协同作业",
                    "pilots of brain-controlled robot arms for human-machine collaboration in precision assembly"),
            new Need("classroom", "课堂注意力评估", "Classroom attention assessment", "education",
                    List.of("education", "eeg", "electrode"), List.of("注意力", "可穿戴脑电"),
                    "在知情同意前提下对课堂教学中的群体注意力进行匿名统计评估",
                    "anonymous, consent-based assessment of group attention during classroom teaching"),
            new Need("focus_train", "青少年专注力训练", "Attention training for adolescents", "education",
                    List.of("education", "consumer"), List.of("神经反馈", "注意力"),
                    "通过游戏化神经反馈训练提升青少年专注力",
                    "gamified neurofeedback training that improves adolescents' attention"),
            new Need("special_ed", "特殊教育儿童认知干预", "Cognitive intervention in special education",
                    "education", List.of("education", "neuromod"), List.of("神经反馈", "事件相关"),
                    "特殊教育学校为发育迟缓儿童提供脑电评估与认知训练",
                    "special-education schools provide EEG assessment and cognitive training for children with developmental delay"),
            new Need("autism", "孤独症儿童社交能力康复", "Social-skill rehabilitation for autistic children",
                    "rehabilitation", List.of("education", "neuromod", "fnirs"), List.of("近红外", "眼动", "神经反馈"),
                    "结合近红外脑功能成像与神经反馈为孤独症儿童提供社交能力康复",
                    "social-skill rehabilitation for autistic children combining fNIRS imaging and neurofeedback"),
            new Need("bci_game", "脑控游戏与沉浸式娱乐", "Brain-controlled games and immersive entertainment",
                    "consumer", List.of("consumer", "algorithm"), List.of("虚拟现实", "稳态视觉", "混合脑机"),
                    "消费者通过脑电头带在VR游戏与沉浸式展演中实现意念交互",
                    "consumers interact by thought in VR games and immersive shows using EEG headbands"),
            new Need("meditation", "冥想减压与情绪调节", "Meditation, stress relief and mood regulation", "consumer",
                    List.of("consumer"), List.of("神经反馈", "情绪"),
                    "职场人群借助脑电反馈进行冥想放松与情绪调节",
                    "office workers meditate and regulate mood with EEG feedback"),
            new Need("smart_home", "智能家居意念控制", "Thought-controlled smart home", "consumer",
                    List.of("algorithm", "eeg", "consumer", "chip"), List.of("稳态视觉", "p300", "可穿戴脑机"),
                    "通过稳态视觉诱发电位等范式实现灯光、电视等家电的意念控制",
                    "SSVEP and other paradigms let users switch lights and televisions by thought"),
            new Need("special_ops", "特种作业人员认知增强训练", "Cognitive training for special-duty personnel",
                    "defence", List.of("safety", "neuromod"), List.of("经颅直流", "状态监测"),
                    "特种作业与国防训练中开展脑状态评估和认知能力训练",
                    "brain-state assessment and cognitive training for special-duty and defence personnel"),
            new Need("rescue", "应急救援人员脑力状态评估", "Mental-state assessment for emergency rescue crews",
                    "defence", List.of("safety", "fnirs"), List.of("近红外", "疲劳"),
                    "应急救援人员在高强度任务中的疲劳与脑力负荷评估",
                    "fatigue and mental-workload assessment of rescue crews during demanding missions"));

    /** Jiangxi cities (by division code) and the other regions used: weight, naming syllables, theme boosts. */
    record CityInfo(String code, int weight, List<String[]> syllables, List<String> boost) {}

    static final List<CityInfo> CITIES = List.of(
            new CityInfo("360100", 40, List.of(t("洪", "Hong"), t("豫章", "Yuzhang"), t("瑶湖", "Yaohu"), t("赣", "Gan"),
                    t("红谷", "Honggu"), t("滕阁", "Tengge")), List.of()),
            new CityInfo("360200", 3, List.of(t("瓷", "Ci"), t("昌南", "Changnan"), t("浮梁", "Fuliang")),
                    List.of("electrode")),
            new CityInfo("360300", 4, List.of(t("萍", "Ping"), t("武功", "Wugong")), List.of("electrode")),
            new CityInfo("360400", 11, List.of(t("浔", "Xun"), t("庐", "Lu"), t("湓", "Pen"), t("柴桑", "Chaisang")),
                    List.of("education")),
            new CityInfo("360500", 4, List.of(t("渝", "Yu"), t("仙湖", "Xianhu")), List.of("electrode")),
            new CityInfo("360600", 4, List.of(t("鹰", "Ying"), t("龙虎", "Longhu")), List.of("chip", "safety")),
            new CityInfo("360700", 13, List.of(t("虔", "Qian"), t("章贡", "Zhanggong"), t("赣南", "Gannan"),
                    t("客", "Ke")), List.of("safety", "rehab")),
            new CityInfo("360800", 5, List.of(t("庐陵", "Luling"), t("井冈", "Jinggang"), t("吉", "Ji")), List.of("eeg")),
            new CityInfo("360900", 8, List.of(t("袁", "Yuan"), t("明月", "Mingyue"), t("宜", "Yi")),
                    List.of("rehab", "consumer")),
            new CityInfo("361000", 5, List.of(t("临川", "Linchuan"), t("抚", "Fu")), List.of("education")),
            new CityInfo("361100", 9, List.of(t("信", "Xin"), t("饶", "Rao"), t("三清", "Sanqing")),
                    List.of("consumer", "eeg")),
            new CityInfo("110000", 0, List.of(t("京", "Jing"), t("燕", "Yan")), List.of()),
            new CityInfo("310000", 0, List.of(t("沪", "Hu"), t("申", "Shen")), List.of()),
            new CityInfo("440300", 0, List.of(t("鹏", "Peng"), t("深", "Shen")), List.of()),
            new CityInfo("330100", 0, List.of(t("杭", "Hang"), t("钱塘", "Qiantang")), List.of()),
            new CityInfo("420100", 0, List.of(t("汉", "Han"), t("江城", "Jiangcheng")), List.of()));

    static final List<String[]> BRAND_CORES = List.of(t("脑桥", "naoqiao"), t("神曦", "shenxi"), t("睿络", "ruiluo"),
            t("思澜", "silan"), t("智枢", "zhishu"), t("念波", "nianbo"), t("意联", "yilian"), t("神元", "shenyuan"),
            t("觉知", "juezhi"), t("启念", "qinian"), t("慧脑", "huinao"), t("脑澈", "naoche"), t("忆脉", "yimai"),
            t("知微", "zhiwei"), t("星脑", "xingnao"), t("神络", "shenluo"), t("念康", "niankang"), t("思拓", "situo"),
            t("元识", "yuanshi"), t("脑语", "naoyu"), t("神跃", "shenyue"), t("智念", "zhinian"), t("康脑", "kangnao"),
            t("宁神", "ningshen"), t("眠澜", "mianlan"), t("澄思", "chengsi"), t("脉联", "mailian"), t("神曜", "shenyao"),
            t("脑智联", "naozhilian"), t("衡思", "hengsi"), t("聚念", "junian"), t("醒思", "xingsi"), t("安脑", "annao"),
            t("奕神", "yishen"), t("灵络", "lingluo"), t("脑通", "naotong"), t("神桥", "shenqiao"), t("思博", "sibo"),
            t("睿念", "ruinian"), t("脑元", "naoyuan"), t("觉元", "jueyuan"), t("识澜", "shilan"));

    /** Partner enterprises outside Jiangxi: region code and theme. */
    static final List<String[]> OUT_PARTNERS = List.of(t("440300", "chip"), t("440300", "consumer"),
            t("310000", "invasive"), t("310000", "neuromod"), t("110000", "algorithm"), t("110000", "chip"),
            t("330100", "algorithm"), t("420100", "fnirs"));

    static final List<String> HUB_THEMES = List.of("eeg", "rehab", "algorithm", "neuromod", "invasive", "consumer");

    /**
     * Institutions. loc: a Jiangxi city code, "zone" (a Ganjiang New Area county) or an outside region code.
     * host: "inst:key" or "ent:n" (the n-th hub enterprise) for AFFILIATED_WITH.
     */
    record Inst(String key, String zh, String shortName, String en, String kinds, String level, String loc, int beds,
            String host, double weight, List<String> themes) {}

    static final List<Inst> INSTITUTIONS = List.of(
            new Inst("univ_ganpo", "赣鄱大学", "赣鄱大", "Ganpo University", "university", "provincial", "360100", 0, "",
                    6, List.of("algorithm", "eeg", "invasive", "electrode")),
            new Inst("univ_med", "瑶湖医科大学", "瑶湖医大", "Yaohu Medical University", "university", "provincial",
                    "360100", 0, "", 4, List.of("neuromod", "rehab", "invasive")),
            new Inst("univ_zg", "章贡科技大学", "章贡科大", "Zhanggong University of Science and Technology",
                    "university", "provincial", "360700", 0, "", 2.5, List.of("safety", "electrode", "rehab")),
            new Inst("univ_xy", "浔阳师范学院", "浔阳师院", "Xunyang Normal College", "university", "provincial",
                    "360400", 0, "", 1.5, List.of("education")),
            new Inst("hosp_first", "赣鄱大学附属第一医院", "赣大一附院", "The First Affiliated Hospital of Ganpo University",
                    "hospital", "provincial", "360100", 120, "inst:univ_ganpo", 5, List.of("rehab", "neuromod", "eeg")),
            new Inst("hosp_brain", "瑶湖医科大学附属脑科医院", "瑶湖脑科医院",
                    "Brain Hospital Affiliated to Yaohu Medical University", "hospital", "provincial", "360100", 80,
                    "inst:univ_med", 3, List.of("neuromod", "invasive", "eeg")),
            new Inst("hosp_child", "赣鄱大学附属儿童医院", "赣大儿童医院", "Children's Hospital of Ganpo University",
                    "hospital", "provincial", "360100", 30, "inst:univ_ganpo", 1.5, List.of("education", "eeg")),
            new Inst("hosp_qian", "虔州区域医疗中心医院", "虔州医院", "Qianzhou Regional Medical Centre Hospital",
                    "hospital", "municipal", "360700", 40, "", 1.5, List.of("rehab", "safety")),
            new Inst("hosp_rao", "饶州中心医院", "饶州医院", "Raozhou Central Hospital", "hospital", "municipal", "361100",
                    20, "", 1, List.of("rehab", "neuromod")),
            new Inst("hosp_pen", "湓浦康复医院", "湓浦康复", "Penpu Rehabilitation Hospital", "hospital|rehab_centre",
                    "municipal", "360400", 30, "", 1, List.of("rehab")),
            new Inst("inst_brain", "赣江脑科学研究院", "赣江脑科院", "Ganjiang Institute of Brain Science",
                    "new_rd_institution|research_institute", "provincial", "zone", 0, "", 5,
                    List.of("algorithm", "invasive", "eeg", "data")),
            new Inst("lab_neuroeng", "赣江神经工程重点实验室", "神经工程重点实验室",
                    "Ganjiang Key Laboratory of Neural Engineering", "key_lab", "provincial", "360100", 0,
                    "inst:univ_ganpo", 2, List.of("eeg", "algorithm")),
            new Inst("lab_neuromod", "瑶湖神经调控与脑疾病重点实验室", "神经调控重点实验室",
                    "Yaohu Key Laboratory of Neuromodulation and Brain Disorders", "key_lab", "provincial", "360100", 0,
                    "inst:univ_med", 2, List.of("neuromod", "invasive")),
            new Inst("lab_flex", "瓷都柔性生物电子重点实验室", "柔性生物电子实验室",
                    "Cidu Key Laboratory of Flexible Bioelectronics", "key_lab", "municipal", "360200", 0,
                    "inst:univ_ganpo", 1.2, List.of("electrode")),
            new Inst("tic", "赣江脑机接口技术创新中心", "赣江脑机创新中心", "Ganjiang BCI Technology Innovation Centre",
                    "tech_innovation_centre", "provincial", "zone", 0, "ent:0", 2.5, List.of("eeg", "algorithm", "rehab")),
            new Inst("eic", "赣鄱脑机接口新兴产业创新中心", "赣鄱脑机产业创新中心",
                    "Ganpo Emerging-Industry Innovation Centre for BCI", "emerging_industry_centre", "provincial", "zone",
                    0, "ent:1", 2, List.of("rehab", "neuromod", "consumer")),
            new Inst("crc", "赣鄱神经系统疾病临床医学研究中心", "神经疾病临床研究中心",
                    "Ganpo Clinical Research Centre for Neurological Diseases", "clinical_research_centre",
                    "provincial", "360100", 60, "inst:hosp_first", 2.5, List.of("rehab", "neuromod", "eeg")),
            new Inst("animal", "瑶湖实验动物与神经电生理平台", "瑶湖动物平台",
                    "Yaohu Laboratory Animal and Neuro-electrophysiology Platform", "animal_platform", "provincial",
                    "360100", 0, "inst:univ_med", 1, List.of("invasive")),
            new Inst("poc", "赣江新区脑机接口概念验证中心", "赣江概念验证中心", "Ganjiang New Area BCI Proof-of-Concept Centre",
                    "poc_centre", "municipal", "zone", 0, "inst:inst_brain", 1.2, List.of("algorithm", "eeg")),
            new Inst("pilot", "昌北神经电子中试基地", "昌北中试基地", "Changbei Neuro-electronics Pilot Base", "pilot_base",
                    "provincial", "zone", 0, "inst:inst_brain", 1.2, List.of("eeg", "electrode")),
            new Inst("testing", "赣鄱神经电子产品检验检测中心", "赣鄱神经电子检测中心",
                    "Ganpo Testing Centre for Neuro-electronic Products", "testing_centre", "provincial", "360100", 0, "",
                    1.2, List.of("data")),
            new Inst("rehab_qian", "虔州神经康复中心", "虔州康复中心", "Qianzhou Neurorehabilitation Centre", "rehab_centre",
                    "municipal", "360700", 50, "inst:hosp_qian", 1, List.of("rehab")),
            new Inst("psp", "赣鄱脑机接口产业公共服务平台", "赣鄱脑机公共服务平台",
                    "Ganpo BCI Industry Public Service Platform", "public_service_platform", "provincial", "zone", 0,
                    "inst:tic", 1.2, List.of("data")),
            new Inst("ttc", "赣江科技成果转移转化中心", "赣江转化中心", "Ganjiang Technology Transfer Centre",
                    "tech_transfer_centre", "provincial", "360100", 0, "inst:univ_ganpo", 1, List.of("data")),
            new Inst("xy_inst", "浔阳脑机交互研究所", "浔阳脑机所", "Xunyang Institute of Brain-Machine Interaction",
                    "research_institute", "municipal", "360400", 0, "inst:univ_xy", 1, List.of("education", "safety")),
            new Inst("yc_inst", "袁州智慧康养研究院", "袁州康养研究院", "Yuanzhou Institute of Smart Elderly Care",
                    "new_rd_institution", "municipal", "360900", 0, "", 1, List.of("rehab", "consumer")),
            new Inst("ja_inst", "庐陵脑健康研究中心", "庐陵脑健康中心", "Luling Brain Health Research Centre",
                    "research_institute", "municipal", "360800", 0, "", 0.8, List.of("consumer", "eeg")),
            new Inst("px_inst", "武功山神经材料研究所", "武功山材料所", "Wugongshan Institute of Neural Materials",
                    "research_institute", "municipal", "360300", 0, "", 0.8, List.of("electrode")),
            new Inst("yt_tic", "鹰城智能传感技术创新中心", "鹰城传感创新中心", "Yingcheng Smart Sensing Technology Innovation Centre",
                    "tech_innovation_centre", "municipal", "360600", 0, "", 0.8, List.of("chip", "electrode", "safety")),
            new Inst("fz_inst", "临川认知科学研究院", "临川认知研究院", "Linchuan Institute of Cognitive Science",
                    "new_rd_institution|research_institute", "municipal", "361000", 0, "", 0.8,
                    List.of("education", "algorithm")),
            new Inst("xinyu_rehab", "仙女湖康养康复中心", "仙女湖康复中心", "Xiannühu Rehabilitation and Wellness Centre",
                    "rehab_centre", "municipal", "360500", 40, "", 0.8, List.of("rehab")),
            new Inst("sr_poc", "三清脑智概念验证中心", "三清概念验证中心", "Sanqing Brain-Tech Proof-of-Concept Centre",
                    "poc_centre", "municipal", "361100", 0, "", 0.8, List.of("consumer", "safety")),
            new Inst("sh_inst", "沪东神经工程研究所", "沪东神经所", "Hudong Institute of Neural Engineering",
                    "research_institute", "other", "310000", 0, "", 1.5, List.of("invasive", "chip")),
            new Inst("bj_lab", "京华脑机接口联合实验室", "京华脑机实验室", "Jinghua Joint BCI Laboratory", "key_lab",
                    "national", "110000", 0, "", 1.5, List.of("algorithm", "invasive")));

    /** Investors. loc as for institutions. */
    record Inv(String zh, String shortName, String en, String type, String loc, String stages, int ticketMin,
            int ticketMax, int fundWan, List<String> themes) {}

    static final List<Inv> INVESTORS = List.of(
            new Inv("赣江新区脑机接口产业引导基金", "赣江新区脑机基金", "Ganjiang New Area BCI Industry Guidance Fund",
                    "government_fund", "zone", "seed|angel|series_a|series_b", 300, 5000, 200000,
                    List.of("eeg", "rehab", "algorithm", "invasive")),
            new Inv("赣鄱脑科学产业投资基金", "赣鄱脑科学基金", "Ganpo Brain Science Industry Investment Fund",
                    "government_fund", "360100", "series_a|series_b|series_c_plus", 1000, 10000, 500000,
                    List.of("invasive", "neuromod", "rehab")),
            new Inv("洪城国有资本科创投资有限公司", "洪城科创投", "Hongcheng State Capital Sci-Tech Investment Co., Ltd.",
                    "state_capital", "360100", "series_a|series_b|series_c_plus|pre_ipo", 2000, 20000, 800000,
                    List.of("eeg", "neuromod", "data")),
            new Inv("虔城科创产业投资有限公司", "虔城科创投", "Qiancheng Sci-Tech Industry Investment Co., Ltd.",
                    "state_capital", "360700", "angel|series_a|series_b", 500, 5000, 150000,
                    List.of("safety", "rehab", "electrode")),
            new Inv("浔阳创新创业投资有限公司", "浔阳创投", "Xunyang Innovation Venture Capital Co., Ltd.", "vc", "360400",
                    "angel|series_a", 200, 2000, 50000, List.of("education", "eeg")),
            new Inv("饶信天使投资合伙企业（有限合伙）", "饶信天使", "Raoxin Angel Investment LP", "angel", "361100",
                    "seed|angel", 50, 500, 8000, List.of("consumer", "eeg")),
            new Inv("袁州康养产业发展基金", "袁州康养基金", "Yuanzhou Elderly-Care Industry Development Fund",
                    "government_fund", "360900", "angel|series_a|series_b", 300, 3000, 60000,
                    List.of("rehab", "consumer")),
            new Inv("瑶湖天使投资合伙企业（有限合伙）", "瑶湖天使", "Yaohu Angel Investment LP", "angel", "360100",
                    "seed|angel", 50, 800, 12000, List.of("algorithm", "eeg", "electrode")),
            new Inv("豫章神经科技创业投资有限公司", "豫章神经创投", "Yuzhang Neurotech Venture Capital Co., Ltd.", "vc",
                    "360100", "angel|series_a|series_b", 500, 5000, 100000, List.of("algorithm", "invasive", "neuromod")),
            new Inv("红谷滩医疗健康私募股权投资基金", "红谷滩医疗基金", "Honggutan Healthcare Private Equity Fund", "pe",
                    "360100", "series_b|series_c_plus|pre_ipo", 3000, 20000, 300000, List.of("neuromod", "rehab")),
            new Inv("赣江科创银行科技金融事业部", "赣江科创银行", "Ganjiang Sci-Tech Bank, Technology Finance Division",
                    "bank", "360100", "angel|series_a|series_b|series_c_plus", 100, 3000, 1000000,
                    List.of("eeg", "rehab", "consumer")),
            new Inv("武功新材料产业投资基金", "武功新材料基金", "Wugong New Materials Industry Fund", "government_fund",
                    "360300", "angel|series_a", 200, 2000, 40000, List.of("electrode")),
            new Inv("庐陵创业投资有限公司", "庐陵创投", "Luling Venture Capital Co., Ltd.", "vc", "360800",
                    "seed|angel|series_a", 100, 1000, 20000, List.of("eeg", "consumer")),
            new Inv("临川科技小额贷款有限公司", "临川科贷", "Linchuan Technology Microcredit Co., Ltd.", "bank", "361000",
                    "seed|angel|series_a", 50, 500, 30000, List.of("education")),
            new Inv("龙虎数字经济产业基金", "龙虎数字基金", "Longhu Digital Economy Industry Fund", "government_fund",
                    "360600", "angel|series_a|series_b", 300, 3000, 50000, List.of("chip", "safety")),
            new Inv("瓷都创新投资有限公司", "瓷都创投", "Cidu Innovation Investment Co., Ltd.", "vc", "360200",
                    "seed|angel", 100, 800, 10000, List.of("electrode")),
            new Inv("仙湖创业投资有限公司", "仙湖创投", "Xianhu Venture Capital Co., Ltd.", "vc", "360500",
                    "angel|series_a", 100, 1000, 15000, List.of("electrode", "rehab")),
            new Inv("赣鄱医疗器械产业资本有限公司", "赣鄱器械资本", "Ganpo Medical Device Industrial Capital Co., Ltd.",
                    "corporate_vc", "zone", "series_a|series_b", 500, 5000, 60000, List.of("rehab", "neuromod", "eeg")),
            new Inv("京西脑智天使基金", "京西脑智天使", "Jingxi Brain-Tech Angel Fund", "angel", "110000", "seed|angel", 100,
                    1000, 20000, List.of("algorithm", "invasive")),
            new Inv("京华脑科学创业投资有限公司", "京华脑科学创投", "Jinghua Brain Science Venture Capital Co., Ltd.", "vc",
                    "110000", "series_a|series_b|series_c_plus", 2000, 20000, 600000, List.of("invasive", "algorithm")),
            new Inv("沪上神经科技风险投资有限公司", "沪上神经创投", "Hushang Neurotech Venture Capital Co., Ltd.", "vc",
                    "310000", "series_a|series_b", 1000, 10000, 300000, List.of("invasive", "neuromod")),
            new Inv("浦江医疗健康私募股权投资基金", "浦江医疗基金", "Pujiang Healthcare Private Equity Fund", "pe",
                    "310000", "series_c_plus|pre_ipo", 5000, 30000, 1000000, List.of("neuromod", "rehab")),
            new Inv("鹏城智脑创业投资有限公司", "鹏城智脑创投", "Pengcheng Smart Brain Venture Capital Co., Ltd.", "vc",
                    "440300", "angel|series_a|series_b", 500, 8000, 200000, List.of("consumer", "chip", "eeg")),
            new Inv("鹏湾硬科技产业资本有限公司", "鹏湾硬科技资本", "Pengwan Hard-Tech Industrial Capital Co., Ltd.",
                    "corporate_vc", "440300", "series_a|series_b|series_c_plus", 1000, 10000, 150000,
                    List.of("chip", "eeg")),
            new Inv("钱塘脑智资本管理有限公司", "钱塘脑智资本", "Qiantang Brain-Tech Capital Management Co., Ltd.", "vc",
                    "330100", "angel|series_a|series_b", 500, 6000, 120000, List.of("algorithm", "consumer", "education")),
            new Inv("江城神经创新投资基金", "江城神经基金", "Jiangcheng Neuro-Innovation Investment Fund", "vc", "420100",
                    "seed|angel|series_a", 200, 3000, 50000, List.of("fnirs", "rehab")));

    /** Talent roles. org: ent, univ, hosp, plat. */
    record Role(String org, String headline, String headlineEn, String role, String field, String title,
            List<String> degrees, int minYears, int maxYears, List<String> skillKw, List<String> themes) {}

    static final List<Role> ROLES = List.of(
            new Role("ent", "脑电信号处理算法工程师", "EEG signal-processing algorithm engineer", "算法工程师", "脑电信号处理",
                    "engineer", List.of("master", "master", "phd", "bachelor"), 1, 10,
                    List.of("信号处理", "python", "matlab", "机器学习"), List.of("eeg", "algorithm", "safety")),
            new Role("ent", "深度学习神经解码研究员", "deep-learning neural decoding researcher", "算法研究员", "神经解码",
                    "senior_engineer", List.of("phd", "master"), 3, 15, List.of("深度学习", "python", "机器学习"),
                    List.of("algorithm", "invasive")),
            new Role("ent", "嵌入式硬件工程师（生物电采集）", "embedded hardware engineer (biopotential acquisition)",
                    "硬件工程师", "嵌入式系统", "engineer", List.of("bachelor", "master"), 2, 15,
                    List.of("嵌入式", "模拟电路", "pcb", "c/c++"), List.of("eeg", "chip", "safety", "fnirs")),
            new Role("ent", "柔性电极工艺工程师", "flexible electrode process engineer", "工艺工程师", "柔性电子材料",
                    "engineer", List.of("master", "bachelor", "phd"), 1, 12, List.of("微纳"), List.of("electrode", "invasive")),
            new Role("ent", "康复机器人控制工程师", "rehabilitation robot control engineer", "控制工程师", "康复机器人",
                    "engineer", List.of("bachelor", "master"), 2, 12, List.of("嵌入式", "c/c++", "康复医学"),
                    List.of("rehab")),
            new Role("ent", "集成电路设计工程师", "IC design engineer", "芯片工程师", "集成电路设计", "senior_engineer",
                    List.of("master", "phd"), 3, 15, List.of("集成电路", "fpga", "模拟电路"), List.of("chip")),
            new Role("ent", "医疗器械注册专员", "medical device regulatory affairs specialist", "注册专员", "医疗器械法规",
                    "none", List.of("bachelor", "master"), 2, 12, List.of("医疗器械注册", "质量管理"),
                    List.of("rehab", "neuromod", "invasive", "eeg")),
            new Role("ent", "临床研究经理", "clinical research manager", "临床经理", "临床试验管理", "manager",
                    List.of("master", "bachelor"), 4, 15, List.of("临床试验", "伦理审查"), List.of("neuromod", "invasive", "rehab")),
            new Role("ent", "脑机接口产品经理", "BCI product manager", "产品经理", "产品管理", "manager",
                    List.of("bachelor", "master"), 3, 12, List.of("产品经理", "商务拓展"), List.of()),
            new Role("ent", "移动应用开发工程师", "mobile app developer", "软件工程师", "移动应用开发", "engineer",
                    List.of("bachelor"), 1, 10, List.of("移动应用", "python"), List.of("consumer", "education", "safety")),
            new Role("ent", "脑电数据工程师", "EEG data engineer", "数据工程师", "脑电数据治理", "technician",
                    List.of("bachelor", "associate"), 0, 8, List.of("数据标注", "python"), List.of("data", "algorithm")),
            new Role("ent", "首席技术官", "chief technology officer", "首席技术官", "脑机接口系统", "senior_engineer",
                    List.of("phd", "master"), 10, 25, List.of("信号处理", "深度学习", "嵌入式"), List.of()),
            new Role("ent", "商务拓展总监（医疗器械）", "business development director (medical devices)", "商务总监",
                    "医疗器械营销", "manager", List.of("bachelor", "master"), 5, 20, List.of("商务拓展", "产品经理"),
                    List.of()),
            new Role("univ", "神经工程方向教授", "professor of neural engineering", "教授", "神经工程", "professor",
                    List.of("phd"), 15, 32, List.of("信号处理", "matlab", "机器学习"), List.of()),
            new Role("univ", "认知神经科学副研究员", "associate research fellow in cognitive neuroscience", "副研究员",
                    "认知神经科学", "associate_professor", List.of("phd"), 6, 18, List.of("认知神经科学", "matlab"),
                    List.of("education", "fnirs", "consumer")),
            new Role("univ", "生物医学工程讲师", "lecturer in biomedical engineering", "讲师", "生物医学工程", "lecturer",
                    List.of("phd"), 2, 10, List.of("信号处理", "python"), List.of()),
            new Role("univ", "脑机接口方向博士后", "postdoctoral researcher in BCI", "博士后", "脑机接口解码", "lecturer",
                    List.of("phd"), 0, 4, List.of("深度学习", "python"), List.of("algorithm", "invasive")),
            new Role("univ", "生物医学工程博士研究生", "PhD candidate in biomedical engineering", "博士研究生", "神经信号解码",
                    "student", List.of("master"), 0, 3, List.of("python", "深度学习"), List.of()),
            new Role("univ", "神经界面材料研究员", "research professor in neural interface materials", "研究员",
                    "神经界面材料", "professor", List.of("phd"), 12, 30, List.of("微纳"), List.of("electrode", "invasive", "chip")),
            new Role("hosp", "康复医学科主任医师", "chief physician of rehabilitation medicine", "主任医师", "神经康复",
                    "chief_physician", List.of("phd", "master"), 15, 32, List.of("康复医学", "临床试验"), List.of("rehab")),
            new Role("hosp", "神经外科主治医师", "attending neurosurgeon", "主治医师", "功能神经外科", "attending_physician",
                    List.of("phd", "master"), 5, 15, List.of("神经外科"), List.of("invasive", "neuromod")),
            new Role("hosp", "神经内科主任医师（癫痫方向）", "chief physician of neurology (epilepsy)", "主任医师",
                    "癫痫诊疗", "chief_physician", List.of("phd", "master"), 15, 32, List.of("神经内科", "临床试验"),
                    List.of("eeg", "invasive")),
            new Role("hosp", "精神科主治医师（神经调控）", "attending psychiatrist (neuromodulation)", "主治医师",
                    "精神疾病神经调控", "attending_physician", List.of("master", "phd"), 5, 15, List.of("精神医学"),
                    List.of("neuromod")),
            new Role("hosp", "康复治疗师（脑机接口康复）", "rehabilitation therapist (BCI rehabilitation)", "康复治疗师",
                    "作业治疗", "technician", List.of("bachelor", "associate"), 1, 12, List.of("康复医学"), List.of("rehab")),
            new Role("hosp", "临床研究协调员", "clinical research coordinator", "研究协调员", "临床试验", "none",
                    List.of("bachelor", "master"), 1, 8, List.of("临床试验", "伦理审查"), List.of()),
            new Role("plat", "检验检测工程师（有源医疗器械）", "testing engineer (active medical devices)", "检测工程师",
                    "电磁兼容与电气安全检测", "engineer", List.of("bachelor", "master"), 2, 12,
                    List.of("质量管理", "医疗器械注册"), List.of("data")),
            new Role("plat", "实验动物平台技术员", "laboratory animal technician", "技术员", "动物实验与电生理", "technician",
                    List.of("associate", "bachelor"), 1, 12, List.of("神经外科"), List.of("invasive")),
            new Role("plat", "中试工艺工程师", "pilot-scale process engineer", "工艺工程师", "中试放大", "engineer",
                    List.of("bachelor", "master"), 2, 12, List.of("微纳", "质量管理"), List.of("electrode", "eeg")),
            new Role("plat", "技术转移经理人", "technology transfer manager", "技术经理人", "科技成果转化", "manager",
                    List.of("master", "bachelor"), 4, 18, List.of("技术转移", "商务拓展"), List.of()),
            new Role("plat", "平台运营主管", "platform operations lead", "运营主管", "产业公共服务", "manager",
                    List.of("bachelor", "master"), 3, 15, List.of("产品经理", "数据标注"), List.of()));

    /** Job postings. org: ent, inst or any. */
    record PositionT(String zh, String en, String org, String employment, String degree, int minYears, int maxYears,
            int salaryMin, int salaryMax, List<String> skillKw, List<String> themes) {}

    static final List<PositionT> POSITION_TYPES = List.of(
            new PositionT("脑电算法工程师", "EEG algorithm engineer", "ent", "full_time", "master", 1, 5, 15, 35,
                    List.of("信号处理", "python", "机器学习"), List.of("eeg", "algorithm", "safety", "consumer")),
            new PositionT("神经解码算法研究员", "neural decoding research scientist", "any", "full_time", "phd", 0, 5, 25, 50,
                    List.of("深度学习", "python"), List.of("algorithm", "invasive")),
            new PositionT("嵌入式硬件工程师", "embedded hardware engineer", "ent", "full_time", "bachelor", 2, 5, 12, 25,
                    List.of("嵌入式", "模拟电路", "pcb"), List.of("eeg", "chip", "safety", "fnirs", "consumer")),
            new PositionT("FPGA开发工程师", "FPGA engineer", "ent", "full_time", "master", 2, 5, 20, 40,
                    List.of("fpga", "集成电路"), List.of("chip", "eeg")),
            new PositionT("柔性电极工艺工程师", "flexible electrode process engineer", "ent", "full_time", "master", 1, 5, 12,
                    25, List.of("微纳"), List.of("electrode", "invasive")),
            new PositionT("康复机器人控制工程师", "rehabilitation robot control engineer", "ent", "full_time", "master", 2, 5,
                    15, 30, List.of("嵌入式", "c/c++", "康复医学"), List.of("rehab")),
            new PositionT("医疗器械注册专员", "regulatory affairs specialist", "ent", "full_time", "bachelor", 3, 5, 10, 20,
                    List.of("医疗器械注册", "质量管理"), List.of("rehab", "neuromod", "invasive", "eeg")),
            new PositionT("临床研究协调员（CRC）", "clinical research coordinator (CRC)", "any", "full_time", "bachelor", 1,
                    3, 7, 12, List.of("临床试验", "伦理审查"), List.of("neuromod", "invasive", "rehab")),
            new PositionT("康复治疗师（脑机接口方向）", "rehabilitation therapist (BCI)", "any", "full_time", "bachelor", 1, 3,
                    6, 11, List.of("康复医学"), List.of("rehab")),
            new PositionT("移动应用开发工程师", "mobile app developer", "ent", "full_time", "bachelor", 2, 3, 12, 22,
                    List.of("移动应用"), List.of("consumer", "education", "safety")),
            new PositionT("数据标注工程师", "data annotation engineer", "ent", "full_time", "associate", 0, 2, 5, 9,
                    List.of("数据标注", "python"), List.of("data", "algorithm")),
            new PositionT("脑机接口产品经理", "BCI product manager", "ent", "full_time", "bachelor", 3, 8, 18, 35,
                    List.of("产品经理"), List.of()),
            new PositionT("销售工程师（神经调控设备）", "sales engineer (neuromodulation devices)", "ent", "full_time",
                    "bachelor", 1, 5, 8, 20, List.of("商务拓展"), List.of("neuromod", "rehab")),
            new PositionT("博士后（神经解码方向）", "postdoc (neural decoding)", "inst", "postdoc", "phd", 0, 0, 18, 30,
                    List.of("深度学习", "python"), List.of()),
            new PositionT("科研助理（脑电实验）", "research assistant (EEG experiments)", "inst", "part_time", "bachelor", 0,
                    2, 5, 8, List.of("matlab", "认知神经科学"), List.of()),
            new PositionT("实习生（脑电数据分析）", "intern (EEG data analysis)", "any", "internship", "bachelor", 0, 0, 3, 5,
                    List.of("python", "信号处理"), List.of()),
            new PositionT("检测工程师（有源医疗器械）", "testing engineer (active medical devices)", "inst", "full_time",
                    "bachelor", 2, 5, 9, 16, List.of("质量管理"), List.of("data")),
            new PositionT("兼职临床顾问（神经外科）", "part-time clinical adviser (neurosurgery)", "ent", "part_time", "phd",
                    10, 10, 10, 20, List.of("神经外科"), List.of("invasive", "neuromod")));

    /** Datasets: modality, subjects, theme and (optional) scenario key. */
    record DatasetT(String zh, String en, String modality, int minSubjects, int maxSubjects, String theme,
            String scenario) {}

    static final List<DatasetT> DATASETS = List.of(
            new DatasetT("卒中患者运动想象脑电数据集", "Motor-imagery EEG dataset of stroke patients", "eeg", 40, 160, "rehab",
                    "stroke_upper"),
            new DatasetT("癫痫患者长程颅内脑电数据集", "Long-term intracranial EEG dataset of epilepsy patients", "ecog", 12,
                    60, "invasive", "epilepsy"),
            new DatasetT("猕猴运动皮层锋电位数据集", "Macaque motor-cortex spike dataset", "spike", 2, 6, "invasive", ""),
            new DatasetT("驾驶模拟疲劳状态多模态数据集", "Multimodal driver-fatigue simulation dataset", "multimodal", 60,
                    240, "safety", "driver_fatigue"),
            new DatasetT("矿山井下作业脑电与心电数据集", "EEG and ECG dataset of underground miners", "multimodal", 50, 200,
                    "safety", "mine"),
            new DatasetT("儿童注意力近红外脑功能数据集", "fNIRS attention dataset of children", "fnirs", 80, 300,
                    "education", "adhd"),
            new DatasetT("课堂场景群体脑电数据集", "Group EEG dataset in classroom settings", "eeg", 100, 400, "education",
                    "classroom"),
            new DatasetT("上肢康复表面肌电数据集", "Surface EMG dataset for upper-limb rehabilitation", "emg", 30, 120,
                    "rehab", "stroke_upper"),
            new DatasetT("难治性抑郁症静息态功能磁共振数据集", "Resting-state fMRI dataset of treatment-resistant depression",
                    "fmri", 60, 200, "neuromod", "depression"),
            new DatasetT("健康成人脑磁图听觉诱发数据集", "MEG auditory-evoked dataset of healthy adults", "meg", 20, 80,
                    "algorithm", ""),
            new DatasetT("睡眠多导脑电分期数据集", "Polysomnographic EEG sleep-staging dataset", "eeg", 100, 500,
                    "consumer", "sleep_disorder"),
            new DatasetT("老年人认知筛查脑电数据集", "EEG cognitive-screening dataset of older adults", "eeg", 150, 600,
                    "eeg", "ad_screen"),
            new DatasetT("SSVEP拼写器脑电基准数据集", "SSVEP speller EEG benchmark dataset", "eeg", 30, 100, "algorithm",
                    "smart_home"),
            new DatasetT("经颅磁刺激诱发电位数据集", "TMS-evoked potential dataset", "eeg", 20, 80, "neuromod",
                    "depression"),
            new DatasetT("意识障碍患者多模态评估数据集", "Multimodal dataset of disorders-of-consciousness patients",
                    "multimodal", 30, 120, "eeg", "doc_assess"),
            new DatasetT("干电极与湿电极对比采集数据集", "Dry versus wet electrode comparison EEG dataset", "eeg", 20, 60,
                    "electrode", ""),
            new DatasetT("飞行模拟脑力负荷近红外数据集", "fNIRS mental-workload dataset from flight simulation", "fnirs",
                    24, 90, "fnirs", "pilot_load"),
            new DatasetT("孤独症儿童眼动与脑电数据集", "Eye-tracking and EEG dataset of autistic children", "multimodal", 40,
                    150, "education", "autism"));

    static final List<String[]> SURNAMES = List.of(t("王", "wang", "7"), t("李", "li", "7"), t("张", "zhang", "7"),
            t("刘", "liu", "6"), t("陈", "chen", "6"), t("杨", "yang", "3"), t("黄", "huang", "4"), t("赵", "zhao", "2"),
            t("吴", "wu", "4"), t("周", "zhou", "3"), t("徐", "xu", "3"), t("孙", "sun", "2"), t("胡", "hu", "4"),
            t("朱", "zhu", "2"), t("高", "gao", "2"), t("林", "lin", "2"), t("何", "he", "2"), t("郭", "guo", "2"),
            t("罗", "luo", "3"), t("熊", "xiong", "3"), t("万", "wan", "2"), t("涂", "tu", "2"), t("邹", "zou", "2"),
            t("钟", "zhong", "2"), t("曾", "zeng", "2"), t("彭", "peng", "2"), t("肖", "xiao", "2"), t("谢", "xie", "2"),
            t("邓", "deng", "2"), t("付", "fu", "1"), t("程", "cheng", "1"), t("余", "yu", "2"), t("汪", "wang", "1"),
            t("江", "jiang", "1"), t("叶", "ye", "1"), t("龚", "gong", "1"), t("傅", "fu", "1"), t("袁", "yuan", "1"),
            t("喻", "yu", "1"), t("邱", "qiu", "1"));

    static final List<String[]> GIVEN = List.of(t("子", "zi"), t("涵", "han"), t("宇", "yu"), t("轩", "xuan"),
            t("浩", "hao"), t("然", "ran"), t("欣", "xin"), t("怡", "yi"), t("俊", "jun"), t("杰", "jie"), t("思", "si"),
            t("雨", "yu"), t("晨", "chen"), t("博", "bo"), t("文", "wen"), t("静", "jing"), t("婷", "ting"), t("磊", "lei"),
            t("鹏", "peng"), t("强", "qiang"), t("伟", "wei"), t("芳", "fang"), t("敏", "min"), t("丽", "li"),
            t("勇", "yong"), t("洋", "yang"), t("艳", "yan"), t("娜", "na"), t("涛", "tao"), t("明", "ming"),
            t("超", "chao"), t("霞", "xia"), t("平", "ping"), t("晓", "xiao"), t("亮", "liang"), t("建", "jian"),
            t("华", "hua"), t("海", "hai"), t("玲", "ling"), t("斌", "bin"), t("琳", "lin"), t("凯", "kai"),
            t("佳", "jia"), t("瑶", "yao"), t("睿", "rui"), t("泽", "ze"), t("航", "hang"), t("锦", "jin"),
            t("辰", "chen"), t("逸", "yi"), t("诗", "shi"), t("梦", "meng"), t("昊", "hao"), t("宏", "hong"),
            t("志", "zhi"), t("一", "yi"), t("可", "ke"), t("雅", "ya"), t("琪", "qi"), t("彤", "tong"));

    static final List<String[]> PROJECT_SUFFIXES = List.of(t("研发及产业化", "R&D and industrialisation"),
            t("关键技术攻关", "key technology research"), t("临床转化研究", "clinical translation"),
            t("中试验证", "pilot-scale validation"), t("示范应用", "demonstration deployment"),
            t("注册与市场推广", "registration and market launch"));

    static final List<String[]> COLLAB_TOPICS = List.of(t("联合研发：%s", "tech"), t("共建%s临床验证基地", "scenario"),
            t("共建联合实验室（%s方向）", "tech"), t("研究生联合培养与人才共育", ""), t("%s应用示范合作", "scenario"),
            t("产品检测与注册申报服务", ""), t("专利许可与成果转化（%s）", "tech"));

    /** Chinese and English labels of the codes used in descriptions, keyed by code (shared codes agree). */
    static final Map<String, String[]> LABELS = new HashMap<>();

    static {
        String[][] rows = {
            {"high_tech", "高新技术企业", "high-tech enterprise"}, {"specialised", "专精特新企业", "specialised SME"},
            {"little_giant", "专精特新“小巨人”企业", "'little giant' enterprise"},
            {"tech_sme", "科技型中小企业", "technology-based SME"},
            {"high_growth", "高成长性科技型企业", "high-growth technology enterprise"},
            {"gazelle", "瞪羚企业", "gazelle enterprise"},
            {"university", "高校", "university"}, {"research_institute", "科研院所", "research institute"},
            {"key_lab", "重点实验室", "key laboratory"}, {"tech_innovation_centre", "技术创新中心", "technology innovation centre"},
            {"emerging_industry_centre", "新兴产业创新中心", "emerging-industry innovation centre"},
            {"new_rd_institution", "新型研发机构", "new-type R&D institution"},
            {"clinical_research_centre", "临床医学研究中心", "clinical medical research centre"},
            {"hospital", "医院", "hospital"}, {"animal_platform", "动物实验平台", "animal-experiment platform"},
            {"poc_centre", "概念验证中心", "proof-of-concept centre"}, {"pilot_base", "中试基地", "pilot base"},
            {"testing_centre", "检验检测中心", "testing centre"}, {"rehab_centre", "康复中心", "rehabilitation centre"},
            {"public_service_platform", "公共服务平台", "public service platform"},
            {"tech_transfer_centre", "科技成果转移转化中心", "technology-transfer centre"},
            {"national", "国家级", "national"}, {"provincial", "省级", "provincial"}, {"municipal", "市级", "municipal"},
            {"other", "", ""},
            {"associate", "专科", "associate degree"}, {"bachelor", "本科", "bachelor's degree"},
            {"master", "硕士", "master's degree"}, {"phd", "博士", "PhD"},
            {"government_fund", "政府引导基金", "government guidance fund"},
            {"state_capital", "国有资本投资公司", "state capital investor"}, {"vc", "风险投资机构", "venture capital firm"},
            {"pe", "私募股权基金", "private equity fund"}, {"corporate_vc", "产业资本", "corporate venture investor"},
            {"angel", "天使投资机构", "angel investor"}, {"bank", "科技金融机构", "technology finance provider"},
            {"investment", "融资", "investment"}, {"partner", "产业合作伙伴", "industrial partners"},
            {"licence", "技术许可", "licensing"}, {"talent", "人才", "talent"}, {"scenario", "应用场景", "pilot sites"},
            {"clinical_site", "临床试验机构", "clinical-trial sites"},
            {"invention", "发明专利", "invention patent"}, {"utility_model", "实用新型专利", "utility-model patent"},
            {"design", "外观设计专利", "design patent"}, {"software_copyright", "软件著作权", "software copyright"},
            {"none", "非医疗器械", "not a medical device"}, {"class_i", "第一类医疗器械", "Class I medical device"},
            {"class_ii", "第二类医疗器械", "Class II medical device"}, {"class_iii", "第三类医疗器械", "Class III medical device"},
            {"not_required", "无需注册", "no registration required"}, {"planned", "计划申报注册", "registration planned"},
            {"in_review", "注册审评中", "registration in review"},
            {"innovative_channel", "已进入创新医疗器械特别审查通道", "in the innovative-device special review channel"},
            {"registered", "已取得注册证", "registered"},
            {"eeg", "脑电", "EEG"}, {"ecog", "皮层脑电", "ECoG"}, {"spike", "神经元锋电位", "spike"},
            {"fnirs", "近红外脑功能", "fNIRS"}, {"emg", "肌电", "EMG"}, {"fmri", "功能磁共振", "fMRI"},
            {"meg", "脑磁图", "MEG"}, {"multimodal", "多模态", "multimodal"},
            {"open", "开放下载", "open access"}, {"restricted", "申请使用", "available on application"},
            {"closed", "暂不开放", "not shared"},
            {"medical", "医疗", "medical"}, {"rehabilitation", "康复", "rehabilitation"}, {"elderly_care", "康养", "elderly care"},
            {"industry", "工业", "industrial"}, {"education", "教育", "education"}, {"defence", "国防与军民融合", "defence"},
            {"consumer", "消费", "consumer"},
            {"full_time", "全职", "full time"}, {"part_time", "兼职", "part time"}, {"internship", "实习", "internship"},
            {"postdoc", "博士后", "postdoc"},
        };
        for (String[] row : rows) {
            LABELS.put(row[0], new String[] {row[1], row[2]});
        }
    }

    /** Funding-round wording of the stage codes (INVESTED_IN.round is free text). */
    static final Map<String, String> ROUNDS = Map.of("seed", "种子轮", "angel", "天使轮", "series_a", "A轮",
            "series_b", "B轮", "series_c_plus", "C轮", "pre_ipo", "Pre-IPO轮", "listed", "战略投资", "mature", "战略投资");

    static String zh(String code) {
        return LABELS.getOrDefault(code, new String[] {code, code})[0];
    }

    static String en(String code) {
        return LABELS.getOrDefault(code, new String[] {code, code})[1];
    }

    /** Occasional misspellings in English descriptions, so fuzzy search has something to do. */
    static final List<String[]> TYPOS = List.of(t("rehabilitation", "rehabilitaion"),
            t("brain-computer interface", "brain computer interfce"), t("electroencephalography", "electroencephelography"),
            t("neurofeedback", "nuerofeedback"), t("exoskeleton", "exoskeletton"), t("EEG", "EGG"));

    // =================================================================================================
    // 5. Generator: model, helpers, nodes
    // =================================================================================================

    static final class Node {
        final String kind;
        final String id;
        final Map<String, String> cols = new HashMap<>();
        Theme theme;
        Region region;
        double weight = 1;
        String org = "";
        String brand = "";
        String brandEn = "";
        Segment segment;
        Inst inst;
        Need need;
        Role role;
        List<String> themes = List.of();

        Node(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        Node set(String column, Object value) {
            cols.put(column, value == null ? "" : String.valueOf(value));
            return this;
        }

        String get(String column) {
            return cols.getOrDefault(column, "");
        }

        String name() {
            return get("name");
        }

        int year(String column) {
            String v = get(column);
            return v.isEmpty() ? NOW_YEAR : Integer.parseInt(v);
        }
    }

    record Rel(String type, String from, String to, Map<String, String> props) {}

    static final class Generator {
        final Taxonomy tax;
        final Random rnd;
        final Map<String, List<Node>> nodes = new LinkedHashMap<>();
        final Map<String, Node> byId = new HashMap<>();
        final List<Rel> rels = new ArrayList<>();
        final Set<String> relKeys = new HashSet<>();
        final Map<String, Theme> themes = new LinkedHashMap<>();
        final Map<String, List<Tech>> themeTechs = new LinkedHashMap<>();
        final Map<String, List<Segment>> themeSegments = new LinkedHashMap<>();
        final Set<String> gaps = new TreeSet<>();
        final Map<String, Node> scenarioByKey = new LinkedHashMap<>();
        final Map<String, Node> instByKey = new LinkedHashMap<>();
        final Set<String> usedNames = new HashSet<>();
        final Set<String> usedEmails = new HashSet<>();
        final Map<String, Integer> counters = new HashMap<>();

        Generator(Taxonomy tax, Random rnd) {
            this.tax = tax;
            this.rnd = rnd;
            THEMES.forEach(th -> themes.put(th.key(), th));
            ID_PREFIX_ORDER.forEach(k -> nodes.put(k, new ArrayList<>()));
        }

        void generate() {
            prepareThemes();
            scenarios();
            enterprises();
            institutions();
            investors();
            products();
            finishEnterprises();
            projects();
            patents();
            datasets();
            talents();
            leaders();
            positions();
            collaborations();
            supplies();
            affiliations();
            investments();
            Descriptions.write(this);
        }

        // ---- random helpers -------------------------------------------------------------------------

        int between(int lo, int hi) {
            return lo + rnd.nextInt(hi - lo + 1);
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        <T> T pick(List<T> items) {
            return items.get(rnd.nextInt(items.size()));
        }

        <T> T pickWeighted(List<T> items, ToDoubleFunction<T> weight) {
            double total = 0;
            for (T item : items) {
                total += Math.max(0, weight.applyAsDouble(item));
            }
            if (total <= 0) {
                return pick(items);
            }
            double r = rnd.nextDouble() * total;
            for (T item : items) {
                r -= Math.max(0, weight.applyAsDouble(item));
                if (r < 0) {
                    return item;
                }
            }
            return items.get(items.size() - 1);
        }

        <T> List<T> sample(List<T> items, int n, ToDoubleFunction<T> weight) {
            List<T> pool = new ArrayList<>(items);
            List<T> out = new ArrayList<>();
            while (out.size() < n && !pool.isEmpty()) {
                T chosen = pickWeighted(pool, weight);
                pool.remove(pool.indexOf(chosen));
                out.add(chosen);
            }
            return out;
        }

        <T> List<T> sample(List<T> items, int n) {
            return sample(items, n, x -> 1);
        }

        String code(String... weightedCodes) {
            List<String[]> options = new ArrayList<>();
            for (String s : weightedCodes) {
                options.add(s.split(":"));
            }
            return pickWeighted(options, o -> Double.parseDouble(o[1]))[0];
        }

        static String money(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }

        // ---- node and relationship helpers ------------------------------------------------------------

        Node add(String kind, String prefix) {
            int n = counters.merge(kind, 1, Integer::sum);
            Node node = new Node(kind, String.format(Locale.ROOT, "%s-ill-%04d", prefix, n));
            node.set("illustrative", "true");
            nodes.get(kind).add(node);
            byId.put(node.id, node);
            return node;
        }

        boolean rel(String type, String from, String to, Object... props) {
            if (from.equals(to) || !relKeys.add(type + "|" + from + "|" + to)) {
                return false;
            }
            if (type.equals("COLLABORATES_WITH") && relKeys.contains(type + "|" + to + "|" + from)) {
                relKeys.remove(type + "|" + from + "|" + to);
                return false;
            }
            Map<String, String> p = new HashMap<>();
            for (int i = 0; i + 1 < props.length; i += 2) {
                p.put((String) props[i], props[i + 1] == null ? "" : String.valueOf(props[i + 1]));
            }
            rels.add(new Rel(type, from, to, p));
            return true;
        }

        List<String> targets(String type, String from) {
            return rels.stream().filter(r -> r.type().equals(type) && r.from().equals(from)).map(Rel::to).toList();
        }

        List<String> sources(String type, String to) {
            return rels.stream().filter(r -> r.type().equals(type) && r.to().equals(to)).map(Rel::from).toList();
        }

        List<Node> all(String kind) {
            return nodes.get(kind);
        }

        List<Node> organisations() {
            List<Node> orgs = new ArrayList<>(all("Enterprise"));
            orgs.addAll(all("Institution"));
            return orgs;
        }

        boolean isJiangxi(Node n) {
            return n.region != null && (n.region.code().startsWith("36") || n.region == tax.zone);
        }

        String uniqueName(String candidate, String... fallbacks) {
            if (usedNames.add(candidate)) {
                return candidate;
            }
            for (String f : fallbacks) {
                if (usedNames.add(f)) {
                    return f;
                }
            }
            for (int i = 2;; i++) {
                if (usedNames.add(candidate + "（" + i + "）")) {
                    return candidate + "（" + i + "）";
                }
            }
        }

        // ---- taxonomy mapping -------------------------------------------------------------------------

        /** Technologies and sub-segments of each theme; the gaps are sub-segments no theme maps to. */
        void prepareThemes() {
            for (Theme th : THEMES) {
                List<Tech> matched = tax.domainTechs.stream()
                        .filter(tech -> th.techKw().stream().anyMatch(tech.text()::contains))
                        .filter(tech -> th.techNeg().stream().noneMatch(tech.text()::contains)).toList();
                themeTechs.put(th.key(), matched.isEmpty() ? tax.domainTechs.subList(0, Math.min(4,
                        tax.domainTechs.size())) : matched);
            }
            Map<String, Integer> demand = new TreeMap<>();
            tax.subSegments.forEach(s -> demand.put(s.id(), 0));
            for (Theme th : THEMES) {
                for (Segment s : segmentsMatching(th.segKw())) {
                    demand.merge(s.id(), th.jxWeight() + 1, Integer::sum);
                }
            }
            List<Segment> byDemand = new ArrayList<>(tax.subSegments);
            byDemand.sort(Comparator.comparingInt((Segment s) -> demand.get(s.id())).thenComparingInt(Segment::tierRank)
                    .thenComparingInt(Segment::order));
            for (Segment s : byDemand) {
                long sameTierLeft = tax.subSegments.stream()
                        .filter(o -> o.tier().equals(s.tier()) && !gaps.contains(o.id()) && !o.id().equals(s.id()))
                        .count();
                boolean unwanted = demand.get(s.id()) == 0 || gaps.isEmpty();
                if (gaps.size() < 2 && unwanted && sameTierLeft > 0) {
                    gaps.add(s.id());
                }
            }
            for (Theme th : THEMES) {
                List<Segment> segs = new ArrayList<>(segmentsMatching(th.segKw()));
                segs.removeIf(s -> gaps.contains(s.id()));
                if (segs.isEmpty()) {
                    segs = tax.subSegments.stream().filter(s -> !gaps.contains(s.id())).limit(1).toList();
                }
                themeSegments.put(th.key(), segs);
            }
        }

        /** Sub-segments matching the keywords, in keyword order (the first keyword's matches first). */
        List<Segment> segmentsMatching(List<String> keywords) {
            LinkedHashSet<Segment> out = new LinkedHashSet<>();
            for (String kw : keywords) {
                tax.subSegments.stream().filter(s -> s.text().contains(kw)).forEach(out::add);
            }
            return new ArrayList<>(out);
        }

        List<Tech> techsMatching(List<String> keywords, int limit) {
            LinkedHashSet<Tech> out = new LinkedHashSet<>();
            for (String kw : keywords) {
                tax.domainTechs.stream().filter(t -> t.text().contains(kw.toLowerCase(Locale.ROOT))).limit(2)
                        .forEach(out::add);
            }
            return out.stream().limit(limit).toList();
        }

        List<Tech> skillsMatching(List<String> keywords) {
            LinkedHashSet<Tech> out = new LinkedHashSet<>();
            for (String kw : keywords) {
                tax.skillTechs.stream().filter(t -> t.text().contains(kw.toLowerCase(Locale.ROOT))).limit(1)
                        .forEach(out::add);
            }
            return new ArrayList<>(out);
        }

        Segment segmentFor(Theme th) {
            List<Segment> segs = themeSegments.get(th.key());
            return pickWeighted(segs, s -> segs.indexOf(s) == 0 ? 3 : 1);
        }

        List<Node> scenariosOf(Theme th) {
            List<Node> out = scenarioByKey.values().stream().filter(s -> s.need.themes().contains(th.key())).toList();
            return out.isEmpty() ? new ArrayList<>(scenarioByKey.values()) : out;
        }

        /** Technologies not belonging (in the taxonomy) to a gap sub-segment, for enterprises to develop. */
        List<Tech> developable(Theme th) {
            List<Tech> list = themeTechs.get(th.key()).stream()
                    .filter(t -> !gaps.contains(tax.techSegment.getOrDefault(t.id(), ""))).toList();
            return list.isEmpty() ? themeTechs.get(th.key()) : list;
        }

        // ---- locations --------------------------------------------------------------------------------

        CityInfo cityInfo(String code) {
            return CITIES.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElse(new CityInfo(code, 2, List.<String[]>of(t("赣", "Gan")), List.of()));
        }

        Region weightedCity() {
            return pickWeighted(tax.jxCities, c -> cityInfo(c.code()).weight());
        }

        /** A county of the city (Ganjiang New Area counties and urban districts preferred), else the city. */
        Region countyIn(Region city) {
            return countyIn(city, false);
        }

        Region countyIn(Region city, boolean urban) {
            List<Region> counties = tax.countiesByCity.getOrDefault(city.code(), List.of());
            if (urban && counties.stream().anyMatch(c -> c.name().endsWith("区"))) {
                counties = counties.stream().filter(c -> c.name().endsWith("区")).toList();
            }
            if (counties.isEmpty()) {
                return city;
            }
            return pickWeighted(counties, c -> tax.zoneCounties.contains(c.id()) ? 8
                    : c.name().endsWith("区") ? 3 : c.name().endsWith("市") ? 2 : 1);
        }

        /** A location key from the tables: Jiangxi city code (an urban district), "zone", or an outside region code. */
        Region locate(String key) {
            if (key.equals("zone")) {
                List<Region> zone = tax.zoneCounties.stream().map(tax.regions::get).toList();
                return zone.isEmpty() ? countyIn(mainCity()) : pickWeighted(zone, r -> 1);
            }
            if (key.startsWith("36")) {
                Region city = tax.city(key);
                return countyIn(city == null ? weightedCity() : city, true);
            }
            Region outside = tax.outside(key);
            return outside == null ? countyIn(mainCity()) : outside;
        }

        Region mainCity() {
            Region nanchang = tax.city("360100");
            return nanchang != null ? nanchang
                    : tax.jxCities.stream().max(Comparator.comparingInt(c -> cityInfo(c.code()).weight())).get();
        }

        void locatedIn(Node n, Region region) {
            n.region = region;
            rel("LOCATED_IN", n.id, region.id());
            if (tax.zone != null && tax.zoneCounties.contains(region.id()) && chance(0.7)) {
                rel("LOCATED_IN", n.id, tax.zone.id());
            }
        }

        // ---- scenarios --------------------------------------------------------------------------------

        void scenarios() {
            for (Need need : NEEDS) {
                Node s = add("Scenario", "scn");
                s.need = need;
                s.set("name", uniqueName(need.zh())).set("name_en", need.en()).set("domain", need.domain());
                scenarioByKey.put(need.key(), s);
                for (Tech tech : techsMatching(need.techKw(), 3)) {
                    rel("USES_TECHNOLOGY", s.id, tech.id());
                }
            }
        }

        // ---- enterprises ------------------------------------------------------------------------------

        void enterprises() {
            int hubs = HUB_THEMES.size();
            List<Region> cities = cityQuotas(JX_ENTERPRISES, hubs);
            for (int i = 0; i < JX_ENTERPRISES; i++) {
                Region city = i < hubs ? mainCity() : cities.get(i - hubs);
                Theme th = i < hubs ? themes.get(HUB_THEMES.get(i)) : weightedTheme(city.code());
                String size = i < 2 ? "large" : i < hubs ? "medium" : code("micro:30", "small:50", "medium:17", "large:3");
                enterprise(city.code(), countyIn(city), th, size, 1 / Math.pow(i + 1, 0.8) + 0.03);
            }
            for (String[] partner : OUT_PARTNERS) {
                Region region = tax.outside(partner[0]);
                if (region != null) {
                    enterprise(region.code(), region, themes.get(partner[1]), code("medium:2", "large:1"), 0.25);
                }
            }
        }

        /**
         * The cities of the non-hub enterprises: shares proportional to the city weights (largest remainder, every
         * city at least one, the hubs counted in the main city), in shuffled order.
         */
        List<Region> cityQuotas(int total, int hubs) {
            double sum = tax.jxCities.stream().mapToDouble(c -> cityInfo(c.code()).weight()).sum();
            Map<Region, Integer> quota = new LinkedHashMap<>();
            List<Region> byRemainder = new ArrayList<>(tax.jxCities);
            Map<Region, Double> remainder = new HashMap<>();
            int assigned = 0;
            for (Region c : tax.jxCities) {
                double exact = total * cityInfo(c.code()).weight() / sum;
                int q = Math.max(1, (int) exact) - (c == mainCity() ? hubs : 0);
                quota.put(c, Math.max(q, c == mainCity() ? 0 : 1));
                remainder.put(c, exact - (int) exact);
                assigned += quota.get(c) + (c == mainCity() ? hubs : 0);
            }
            byRemainder.sort(Comparator.comparingDouble((Region c) -> -remainder.get(c)).thenComparing(Region::id));
            for (int i = 0; assigned < total; i = (i + 1) % byRemainder.size(), assigned++) {
                quota.merge(byRemainder.get(i), 1, Integer::sum);
            }
            List<Region> out = new ArrayList<>();
            quota.forEach((c, q) -> out.addAll(java.util.Collections.nCopies(q, c)));
            java.util.Collections.shuffle(out, rnd);
            return out.subList(0, Math.min(out.size(), total - hubs));
        }

        Theme weightedTheme(String cityCode) {
            List<String> boost = cityInfo(cityCode).boost();
            return pickWeighted(THEMES, th -> th.jxWeight() * (boost.contains(th.key()) ? 3 : 1));
        }

        void enterprise(String cityCode, Region region, Theme th, String size, double weight) {
            Node e = add("Enterprise", "ent");
            e.theme = th;
            e.weight = weight;
            e.org = "ent";
            brand(e, cityCode);
            boolean big = size.equals("large");
            e.set("name", uniqueName(e.brand + th.industryZh() + (big ? "股份有限公司" : "有限公司")));
            e.set("name_en", e.brandEn + " " + th.industryEn() + " Co., Ltd.");
            e.set("short_name", e.brand + th.shortSuffix());
            e.set("uscc", Checks.uscc(cityCode, all("Enterprise").size()));
            int founded = switch (size) {
                case "large" -> between(2006, 2015);
                case "medium" -> between(2011, 2020);
                case "small" -> between(2015, 2023);
                default -> between(2019, 2025);
            };
            e.set("founded_year", founded).set("size", size).set("stage", stageFor(size));
            e.set("qualifications", String.join("|", qualificationsFor(size)));
            int[] emp = switch (size) {
                case "large" -> new int[] {500, 2400, 30000, 180000};
                case "medium" -> new int[] {100, 480, 3000, 28000};
                case "small" -> new int[] {20, 95, 150, 3000};
                default -> new int[] {5, 19, 0, 300};
            };
            e.set("employees", between(emp[0], emp[1]));
            e.set("revenue_wan", money(emp[2] + rnd.nextDouble() * (emp[3] - emp[2])));
            if (chance(0.6)) {
                e.set("website", "https://www." + e.brandEn.toLowerCase(Locale.ROOT) + ".example.com");
            }
            locatedIn(e, region);
            e.segment = segmentFor(th);
            rel("IN_SEGMENT", e.id, e.segment.id());
            boolean hub = weight > 0.3;
            if (hub && themeSegments.get(th.key()).size() > 1) {
                rel("IN_SEGMENT", e.id, pick(themeSegments.get(th.key())).id());
            }
            for (Tech tech : sample(developable(th), hub ? between(3, 6) : between(1, 3))) {
                rel("DEVELOPS", e.id, tech.id());
            }
            for (Node s : sample(scenariosOf(th), hub ? between(2, 4) : between(1, 2))) {
                rel("SERVES", e.id, s.id);
            }
        }

        void brand(Node e, String cityCode) {
            List<String[]> syllables = cityInfo(cityCode).syllables();
            for (int attempt = 0;; attempt++) {
                String[] syl = pick(syllables);
                String[] core = pick(BRAND_CORES);
                String brand = syl[0] + core[0];
                if (!usedNames.contains("brand:" + brand) || attempt > 200) {
                    usedNames.add("brand:" + brand);
                    e.brand = brand;
                    e.brandEn = syl[1] + core[1];
                    return;
                }
            }
        }

        String stageFor(String size) {
            return switch (size) {
                case "large" -> code("listed:3", "pre_ipo:2", "mature:1");
                case "medium" -> code("series_b:3", "series_c_plus:3", "pre_ipo:1");
                case "small" -> code("angel:3", "series_a:4", "series_b:2");
                default -> code("seed:1", "angel:1");
            };
        }

        List<String> qualificationsFor(String size) {
            List<String> q = new ArrayList<>();
            switch (size) {
                case "large" -> {
                    q.addAll(List.of("high_tech", "specialised", "little_giant"));
                    if (chance(0.5)) {
                        q.add("gazelle");
                    }
                }
                case "medium" -> {
                    q.addAll(List.of("high_tech", "specialised"));
                    if (chance(0.4)) {
                        q.add(chance(0.5) ? "gazelle" : "little_giant");
                    }
                }
                case "small" -> {
                    q.add("tech_sme");
                    if (chance(0.5)) {
                        q.add("high_tech");
                    }
                    if (chance(0.25)) {
                        q.add("high_growth");
                    }
                }
                default -> {
                    if (chance(0.6)) {
                        q.add("tech_sme");
                    }
                }
            }
            return q;
        }

        /** Device class and registration status of an enterprise follow its products (or its line of business). */
        void finishEnterprises() {
            List<String> classes = List.of("none", "class_i", "class_ii", "class_iii");
            List<String> statuses = List.of("not_required", "planned", "in_review", "innovative_channel", "registered");
            for (Node e : all("Enterprise")) {
                List<Node> products = targets("MAKES", e.id).stream().map(byId::get).toList();
                String cls = products.isEmpty() ? e.theme.products().get(0)[2]
                        : products.stream().map(p -> p.get("device_class")).max(Comparator.comparingInt(classes::indexOf))
                                .get();
                String status = products.isEmpty() ? (cls.equals("none") ? "not_required" : "planned")
                        : products.stream().filter(p -> p.get("device_class").equals(cls))
                                .map(p -> p.get("registration_status"))
                                .max(Comparator.comparingInt(statuses::indexOf)).get();
                e.set("device_class", cls).set("registration_status", status);
            }
        }

        // ---- institutions and investors -----------------------------------------------------------------

        void institutions() {
            for (Inst in : INSTITUTIONS) {
                Node n = add("Institution", "inst");
                n.inst = in;
                n.weight = in.weight() / 6.0;
                n.themes = in.themes();
                n.theme = themes.get(in.themes().get(0));
                n.org = orgType(in.kinds());
                n.set("name", uniqueName(in.zh())).set("name_en", in.en()).set("short_name", in.shortName());
                n.set("kinds", in.kinds()).set("level", in.level());
                n.set("clinical_beds", in.beds() > 0 ? in.beds() : "");
                instByKey.put(in.key(), n);
                locatedIn(n, locate(in.loc()));
                LinkedHashSet<Tech> research = new LinkedHashSet<>();
                for (String key : in.themes()) {
                    research.addAll(sample(themeTechs.get(key), between(1, 3)));
                }
                research.forEach(tech -> rel("RESEARCHES", n.id, tech.id()));
                if (n.org.equals("hosp") || in.kinds().contains("poc") || in.kinds().contains("new_rd")) {
                    for (String key : in.themes()) {
                        sample(scenariosOf(themes.get(key)), 1).forEach(s -> rel("SERVES", n.id, s.id));
                    }
                }
            }
        }

        static String orgType(String kinds) {
            if (kinds.contains("university") || kinds.contains("key_lab") || kinds.contains("research_institute")
                    || kinds.contains("new_rd_institution")) {
                return "univ";
            }
            if (kinds.contains("hospital") || kinds.contains("clinical_research") || kinds.contains("rehab_centre")) {
                return "hosp";
            }
            return "plat";
        }

        void investors() {
            for (Inv in : INVESTORS) {
                Node n = add("Investor", "inv");
                n.themes = in.themes();
                n.set("name", uniqueName(in.zh())).set("name_en", in.en()).set("short_name", in.shortName());
                n.set("investor_type", in.type()).set("stages", in.stages());
                n.set("ticket_min_wan", money(in.ticketMin())).set("ticket_max_wan", money(in.ticketMax()));
                n.set("fund_size_wan", money(in.fundWan()));
                n.weight = Math.sqrt(in.fundWan() / 10000.0);
                locatedIn(n, locate(in.loc()));
                targetRegions(n);
                focus(n);
            }
        }

        void targetRegions(Node inv) {
            boolean jiangxi = isJiangxi(inv);
            if (!jiangxi || inv.weight > 3) {
                if (tax.province != null) {
                    rel("TARGETS_REGION", inv.id, tax.province.id());
                }
            }
            Region home = inv.region.level().equals("county") ? tax.city(inv.region.cityCode()) : inv.region;
            rel("TARGETS_REGION", inv.id, (home == null ? inv.region : home).id());
            if (jiangxi && tax.zone != null && chance(0.3)) {
                rel("TARGETS_REGION", inv.id, tax.zone.id());
            }
        }

        void focus(Node inv) {
            LinkedHashSet<String> focus = new LinkedHashSet<>();
            for (String key : inv.themes) {
                sample(themeTechs.get(key), 1).forEach(t -> focus.add(t.id()));
            }
            Theme main = themes.get(inv.themes.get(0));
            focus.add(themeSegments.get(main.key()).get(0).id());
            Set<String> domains = new TreeSet<>();
            inv.themes.forEach(k -> scenariosOf(themes.get(k)).forEach(s -> domains.add(s.get("domain"))));
            List<DomainScenario> domainScenarios = tax.domainScenarios.stream()
                    .filter(d -> domains.contains(d.domain())).toList();
            if (!domainScenarios.isEmpty()) {
                sample(domainScenarios, between(1, 2)).forEach(d -> focus.add(d.id()));
            } else {
                sample(scenariosOf(main), 1).forEach(s -> focus.add(s.id));
            }
            focus.forEach(target -> rel("FOCUSES_ON", inv.id, target));
        }

        // ---- products ---------------------------------------------------------------------------------

        void products() {
            List<Node> makers = all("Enterprise");
            Map<String, Integer> models = new HashMap<>();
            for (int i = 0; i < PRODUCTS; i++) {
                Node maker = pickWeighted(makers, e -> e.weight);
                List<String[]> templates = maker.theme.products();
                int k = models.merge(maker.id, 1, Integer::sum);
                String[] tpl = templates.get((k - 1) % templates.size());
                product(maker, tpl, k);
            }
        }

        void product(Node maker, String[] tpl, int k) {
            Node p = add("Product", "prod");
            p.theme = maker.theme;
            String initials = maker.brandEn.substring(0, 1) + (char) ('A' + maker.brandEn.length() % 26);
            String model = initials.toUpperCase(Locale.ROOT) + "-" + (100 * k + 10 * between(0, 9));
            p.set("name", uniqueName(maker.brand + tpl[0] + " " + model));
            p.set("name_en", maker.brandEn + " " + tpl[1] + " " + model);
            String cls = tpl[2];
            String status = registrationFor(cls);
            String phase = phaseFor(cls, status);
            p.set("device_class", cls).set("registration_status", status).set("clinical_trial_phase", phase);
            p.set("ethics_review", ethicsFor(phase));
            boolean launched = status.equals("registered") || (status.equals("not_required") && chance(0.85));
            int from = Math.max(maker.year("founded_year") + 1, 2016);
            p.set("launch_year", launched && from <= NOW_YEAR ? between(from, NOW_YEAR) : "");
            rel("MAKES", maker.id, p.id);
            Segment seg = chance(0.85) ? maker.segment : segmentFor(maker.theme);
            rel("IN_SEGMENT", p.id, seg.id());
            List<Node> serves = sample(targets("SERVES", maker.id).stream().map(byId::get).toList(), between(1, 2));
            serves.forEach(s -> rel("SERVES", p.id, s.id));
            LinkedHashSet<String> uses = new LinkedHashSet<>(sample(targets("DEVELOPS", maker.id), between(1, 2)));
            serves.forEach(s -> sample(targets("USES_TECHNOLOGY", s.id), 1).forEach(uses::add));
            uses.forEach(tech -> rel("USES_TECHNOLOGY", p.id, tech));
            if (List.of("feasibility", "pivotal", "completed", "post_market").contains(phase)) {
                for (Node site : sample(clinicalSites(), between(1, 3), n -> n.weight)) {
                    rel("TRIALS_AT", p.id, site.id);
                }
            }
        }

        List<Node> clinicalSites() {
            return all("Institution").stream().filter(n -> n.org.equals("hosp")).toList();
        }

        String registrationFor(String cls) {
            return switch (cls) {
                case "none" -> "not_required";
                case "class_i" -> code("registered:7", "planned:3");
                case "class_ii" -> code("registered:5", "in_review:2", "planned:2", "innovative_channel:1");
                default -> code("innovative_channel:4", "in_review:2", "planned:4");
            };
        }

        String phaseFor(String cls, String status) {
            if (cls.equals("none") || cls.equals("class_i")) {
                return "none";
            }
            return switch (status) {
                case "registered" -> code("completed:1", "post_market:1");
                case "in_review" -> "completed";
                case "innovative_channel" -> code("feasibility:1", "pivotal:2");
                default -> cls.equals("class_iii") ? code("preclinical:2", "feasibility:1") : code("preclinical:1",
                        "feasibility:1");
            };
        }

        String ethicsFor(String phase) {
            return switch (phase) {
                case "none" -> "not_required";
                case "preclinical" -> code("not_required:1", "pending:1");
                case "feasibility", "pivotal" -> code("approved:6", "pending:1");
                default -> "approved";
            };
        }

        // ---- projects ---------------------------------------------------------------------------------

        void projects() {
            List<Node> ents = all("Enterprise");
            List<Node> insts = all("Institution").stream().filter(n -> !n.org.equals("plat")).toList();
            for (int i = 0; i < PROJECTS; i++) {
                boolean byInst = chance(0.3);
                Node runner = byInst ? pickWeighted(insts, n -> n.weight) : pickWeighted(ents, e -> e.weight + 0.05);
                Theme th = byInst ? themes.get(pick(runner.themes)) : runner.theme;
                project(runner, th, byInst);
            }
        }

        void project(Node runner, Theme th, boolean byInst) {
            Node p = add("Project", "proj");
            p.theme = th;
            Node scn = pick(scenariosOf(th));
            String[] object = pick(th.products());
            String[] suffix = pick(PROJECT_SUFFIXES);
            p.set("name", uniqueName("面向" + scn.name() + "的" + object[0] + suffix[0],
                    object[0] + suffix[0] + "（" + scn.name() + "）"));
            p.set("name_en", capitalise(object[1]) + " for " + lower(scn.get("name_en")) + ": " + suffix[1]);
            int trl = byInst ? between(2, 5) : between(4, 8);
            p.set("trl", trl);
            String stage = byInst ? code("seed:3", "angel:1") : nextRound(runner.get("stage"));
            p.set("stage", stage);
            boolean medical = List.of("medical", "rehabilitation").contains(scn.get("domain"))
                    && !th.products().get(0)[2].equals("none");
            p.set("seeks", String.join("|", seeksFor(byInst, medical)));
            p.set("funding_sought_wan", money(Math.round((100 + trl * trl * 60 * (0.5 + rnd.nextDouble())) / 50) * 50));
            p.set("status", code("open:55", "in_progress:30", "closed:15"));
            rel("RUNS", runner.id, p.id);
            locatedIn(p, runner.region);
            rel("SERVES", p.id, scn.id);
            LinkedHashSet<String> uses = new LinkedHashSet<>();
            sample(targets("USES_TECHNOLOGY", scn.id), 1).forEach(uses::add);
            sample(themeTechs.get(th.key()), between(1, 2)).forEach(t -> uses.add(t.id()));
            uses.forEach(t -> rel("USES_TECHNOLOGY", p.id, t));
            if (chance(0.6)) {
                rel("IN_SEGMENT", p.id, segmentFor(th).id());
            }
            if (p.get("seeks").contains("clinical_site") && !p.get("status").equals("open")) {
                rel("TRIALS_AT", p.id, pickWeighted(clinicalSites(), n -> n.weight).id);
            }
        }

        List<String> seeksFor(boolean byInst, boolean medical) {
            List<String> seeks = new ArrayList<>();
            if (chance(byInst ? 0.4 : 0.75)) {
                seeks.add("investment");
            }
            if (chance(0.4)) {
                seeks.add("partner");
            }
            if (byInst && chance(0.6)) {
                seeks.add("licence");
            }
            if (chance(0.25)) {
                seeks.add("talent");
            }
            if (chance(0.3)) {
                seeks.add("scenario");
            }
            if (medical && chance(0.6)) {
                seeks.add("clinical_site");
            }
            if (seeks.isEmpty()) {
                seeks.add(byInst ? "partner" : "investment");
            }
            return seeks;
        }

        /** A project raises the enterprise's current or next round; listed and mature companies keep their stage. */
        String nextRound(String stage) {
            List<String> order = List.of("seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo");
            int idx = order.indexOf(stage);
            if (idx < 0) {
                return stage;
            }
            return order.get(Math.min(order.size() - 1, idx + (chance(0.5) ? 1 : 0)));
        }

        static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static String lower(String s) {
            return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                    : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }

        // ---- patents ----------------------------------------------------------------------------------

        void patents() {
            List<Node> ents = all("Enterprise");
            List<Node> insts = all("Institution").stream().filter(n -> !n.org.equals("plat")).toList();
            for (int i = 0; i < PATENTS; i++) {
                boolean byInst = chance(0.35);
                Node owner = byInst ? pickWeighted(insts, n -> n.weight) : pickWeighted(ents, e -> e.weight);
                Theme th = byInst ? themes.get(pick(owner.themes)) : owner.theme;
                patent(owner, th, byInst, i + 1);
            }
        }

        void patent(Node owner, Theme th, boolean byInst, int seq) {
            Node p = add("Patent", "pat");
            p.theme = th;
            String type = th.key().equals("algorithm") || th.key().equals("data")
                    ? code("invention:6", "software_copyright:4")
                    : code("invention:6", "utility_model:3", "design:1");
            int founded = owner.get("founded_year").isEmpty() ? 2010 : owner.year("founded_year");
            int year = between(Math.max(2014, founded), NOW_YEAR);
            String[] object = pick(th.inventions());
            Tech tech = pick(themeTechs.get(th.key()));
            Node scn = chance(0.6) ? pick(scenariosOf(th)) : null;
            String[] title = patentTitle(type, object, scn, owner, th);
            String name = uniqueName(title[0], title[0].replaceFirst("^一种", "一种改进的"));
            p.set("name", name).set("name_en", (name.equals(title[0]) ? "" : "Improved ") + title[1]);
            String legal = legalStatus(type, year);
            String kind = switch (type) {
                case "invention" -> legal.equals("pending") ? "A" : "B";
                case "utility_model" -> "U";
                case "design" -> "S";
                default -> "R";
            };
            p.set("number", String.format(Locale.ROOT, "CN%dFAKE%04d%s", year, seq, kind));
            p.set("patent_type", type).set("legal_status", legal).set("filing_year", year);
            p.set("ipc", type.equals("invention") || type.equals("utility_model")
                    ? String.join("|", sample(th.ipc(), between(1, 3))) : "");
            boolean licensable = legal.equals("granted") && chance(byInst ? 0.7 : 0.2);
            p.set("licensable", licensable);
            rel("OWNS", owner.id, p.id);
            LinkedHashSet<String> covers = new LinkedHashSet<>(List.of(tech.id()));
            sample(themeTechs.get(th.key()), between(0, 2)).forEach(t -> covers.add(t.id()));
            covers.forEach(t -> rel("COVERS", p.id, t));
            if (licensable && chance(0.55)) {
                List<Node> licensees = all("Enterprise").stream().filter(e -> e != owner).toList();
                Node licensee = pickWeighted(licensees, e -> (e.theme == th ? 5 : 0.3) * (isJiangxi(e) ? 2 : 1));
                rel("LICENSED_TO", p.id, licensee.id);
            }
        }

        /**
         * Chinese patent-style titles ("一种面向…的…方法", "一种…装置", product designs, "…软件V1.0") and English ones,
         * optionally qualified by a target scenario.
         */
        String[] patentTitle(String type, String[] object, Node scn, Node owner, Theme th) {
            String thing = object[0].replaceAll("(及其制备方法|的制备工艺|方法及系统|方法)$", "");
            String forZh = scn == null ? "" : (type.equals("invention") ? "面向" : "用于") + scn.name() + "的";
            String forEn = scn == null ? "" : " for " + lower(scn.get("name_en"));
            return switch (type) {
                case "invention" -> t("一种" + forZh + object[0], capitalise(object[1]) + forEn);
                case "utility_model" -> t("一种" + forZh + thing
                        + (thing.matches(".*(装置|结构|系统|设备|电极|阵列|布局)$") ? "" : "装置"),
                        capitalise(object[1]).replaceAll(" (method|method and system)$", " device") + forEn
                        + " (utility model)");
                case "design" -> {
                    String[] product = pick(th.products());
                    yield t(product[0] + "（外观设计）", "Design of a " + product[1]);
                }
                default -> t((owner.brand.isEmpty() ? owner.get("short_name") : owner.brand)
                        + thing.replaceAll("(装置|结构)$", "") + "软件V" + between(1, 3) + ".0",
                        capitalise(object[1]).replaceAll(" (method|method and system)$", "") + " software");
            };
        }

        String legalStatus(String type, int year) {
            return switch (type) {
                case "invention" -> year >= NOW_YEAR - 1 ? "pending" : code("granted:8", "pending:2", "lapsed:1");
                case "software_copyright" -> "granted";
                default -> year >= NOW_YEAR ? "pending"
                        : year <= 2016 ? code("granted:5", "lapsed:3", "expired:2") : code("granted:9", "lapsed:1");
            };
        }

        // ---- datasets ---------------------------------------------------------------------------------

        void datasets() {
            for (DatasetT d : DATASETS) {
                Node ds = add("Dataset", "ds");
                Theme th = themes.get(d.theme());
                ds.theme = th;
                ds.set("name", uniqueName(d.zh())).set("name_en", d.en()).set("modality", d.modality());
                int subjects = between(d.minSubjects(), d.maxSubjects());
                double perSubject = switch (d.modality()) {
                    case "spike", "ecog" -> 25;
                    case "fmri", "meg" -> 4;
                    case "multimodal" -> 2.5;
                    default -> 0.8;
                };
                ds.set("subjects", subjects).set("size_gb", money(subjects * perSubject * (0.5 + rnd.nextDouble())));
                ds.set("desensitised", !d.modality().equals("spike") || chance(0.5));
                ds.set("access", code("open:25", "restricted:55", "closed:20"));
                List<Node> owners = organisations().stream()
                        .filter(o -> o.theme == th || o.themes.contains(th.key())).toList();
                Node owner = owners.isEmpty() ? pickWeighted(organisations(), o -> o.weight)
                        : pickWeighted(owners, o -> o.weight * (o.kind.equals("Institution") ? 2 : 1));
                rel("OWNS", owner.id, ds.id);
                LinkedHashSet<String> uses = new LinkedHashSet<>();
                Node scn = scenarioByKey.get(d.scenario());
                if (scn != null) {
                    sample(targets("USES_TECHNOLOGY", scn.id), 1).forEach(uses::add);
                }
                sample(themeTechs.get(th.key()), 1).forEach(t -> uses.add(t.id()));
                uses.forEach(t -> rel("USES_TECHNOLOGY", ds.id, t));
            }
        }

        // ---- talents ----------------------------------------------------------------------------------

        void talents() {
            List<Node> orgs = organisations();
            for (int i = 0; i < TALENTS; i++) {
                Node employer = pickWeighted(orgs, o -> o.weight + 0.02);
                talent(employer, i + 1);
            }
            // Exactly ~5 % opted out and ~85 % consenting to matching.
            List<Node> talents = all("Talent");
            List<Node> noConsent = sample(talents, (int) Math.round(talents.size() * 0.15));
            List<Node> optedOut = noConsent.subList(0, (int) Math.round(talents.size() * 0.05));
            for (Node t : talents) {
                t.set("consent_to_match", !noConsent.contains(t)).set("opted_out", optedOut.contains(t));
            }
        }

        void talent(Node employer, int seq) {
            Node t = add("Talent", "tal");
            Role role = roleFor(employer);
            t.role = role;
            t.theme = employer.theme;
            t.set("name", uniquePersonName(t));
            String degree = pick(role.degrees());
            int years = between(role.minYears(), role.maxYears());
            t.set("headline", role.headline()).set("field", role.field()).set("degree", degree);
            t.set("title", role.title()).set("years_experience", years);
            int age = 22 + years + (degree.equals("phd") ? 5 : degree.equals("master") ? 2 : 0) + between(0, 3);
            String birth = String.format(Locale.ROOT, "%04d-%02d-%02d", NOW_YEAR - age, between(1, 12), between(1, 28));
            t.set("birth_date", birth);
            t.set("phone", String.format(Locale.ROOT, "1990000%04d", seq));
            t.set("id_number", Checks.idNumber(birth.replace("-", ""), seq));
            rel("WORKS_AT", t.id, employer.id, "role", role.role(), "current", "true");
            locatedIn(t, employer.region);
            if (chance(0.18)) {
                List<Node> others = organisations().stream().filter(o -> o != employer).toList();
                Node previous = pickWeighted(others, o -> o.weight);
                rel("WORKS_AT", t.id, previous.id, "role", role.role(), "current", "false");
            }
            skills(t, role, years);
        }

        Role roleFor(Node employer) {
            List<Role> options = ROLES.stream().filter(r -> r.org().equals(employer.org)).toList();
            List<String> keys = employer.kind.equals("Enterprise") ? List.of(employer.theme.key()) : employer.themes;
            return pickWeighted(options, r -> r.themes().isEmpty() ? (r.role().equals("首席技术官") ? 0.4 : 1)
                    : r.themes().stream().anyMatch(keys::contains) ? 3 : 0.15);
        }

        String uniquePersonName(Node t) {
            for (;;) {
                String[] sur = pickWeighted(SURNAMES, s -> Double.parseDouble(s[2]));
                int len = chance(0.7) ? 2 : 1;
                StringBuilder zh = new StringBuilder(sur[0]);
                StringBuilder py = new StringBuilder();
                for (int i = 0; i < len; i++) {
                    String[] g = pick(GIVEN);
                    zh.append(g[0]);
                    py.append(g[1]);
                }
                if (usedNames.add("person:" + zh)) {
                    String local = sur[1] + "." + py;
                    String email = local + "@example.com";
                    for (int n = 2; !usedEmails.add(email); n++) {
                        email = local + n + "@example.com";
                    }
                    t.set("email", email);
                    return zh.toString();
                }
            }
        }

        void skills(Node t, Role role, int years) {
            LinkedHashSet<Tech> skills = new LinkedHashSet<>(sample(skillsMatching(role.skillKw()), between(1, 3)));
            List<String> keys = t.theme == null ? List.of() : List.of(t.theme.key());
            for (String key : keys) {
                skills.addAll(sample(themeTechs.get(key), between(1, 2)));
            }
            if (skills.isEmpty()) {
                skills.addAll(sample(tax.skillTechs, 1));
            }
            for (Tech s : skills) {
                int level = Math.max(1, Math.min(5, 1 + years / 5 + between(-1, 1)));
                rel("HAS_SKILL", t.id, s.id(), "level", level);
            }
        }

        /** Each project is led by someone working at the organisation that runs it. */
        void leaders() {
            List<String> senior = List.of("professor", "associate_professor", "chief_physician", "senior_engineer",
                    "manager", "attending_physician");
            for (Node p : all("Project")) {
                String runner = sources("RUNS", p.id).get(0);
                List<Node> staff = sources("WORKS_AT", runner).stream().map(byId::get)
                        .filter(t -> t.role != null).toList();
                if (staff.isEmpty()) {
                    continue;
                }
                Node lead = pickWeighted(staff, t -> senior.contains(t.get("title")) ? 4 : 1);
                rel("LEADS", lead.id, p.id);
            }
        }

        // ---- positions --------------------------------------------------------------------------------

        void positions() {
            List<Node> ents = all("Enterprise");
            List<Node> insts = all("Institution");
            for (int i = 0; i < POSITIONS; i++) {
                boolean byInst = chance(0.22);
                Node poster = byInst ? pickWeighted(insts, n -> n.weight) : pickWeighted(ents, e -> e.weight + 0.03);
                position(poster, byInst);
            }
        }

        void position(Node poster, boolean byInst) {
            List<String> keys = byInst ? poster.themes : List.of(poster.theme.key());
            List<PositionT> options = POSITION_TYPES.stream()
                    .filter(pt -> pt.org().equals("any") || pt.org().equals(byInst ? "inst" : "ent")).toList();
            PositionT pt = pickWeighted(options, o -> o.themes().isEmpty() ? 1
                    : o.themes().stream().anyMatch(keys::contains) ? 4 : 0.1);
            Node pos = add("Position", "pos");
            pos.theme = poster.theme;
            pos.set("name", pt.zh());
            pos.set("name_en", capitalise(pt.en()));
            pos.set("employment", pt.employment()).set("degree_required", pt.degree());
            pos.set("years_required", between(pt.minYears(), pt.maxYears()));
            int min = between(pt.salaryMin(), Math.max(pt.salaryMin(), (pt.salaryMin() + pt.salaryMax()) / 2));
            pos.set("salary_min_k", min).set("salary_max_k", Math.max(min + 2, between(min, pt.salaryMax())));
            pos.set("openings", pickWeighted(List.of(1, 2, 3, 5, 10), n -> 10.0 / n));
            rel("POSTS", poster.id, pos.id);
            locatedIn(pos, poster.region);
            List<Tech> skills = skillsMatching(pt.skillKw());
            for (int i = 0; i < skills.size(); i++) {
                rel("REQUIRES_SKILL", pos.id, skills.get(i).id(), "level", between(2, 4), "mandatory", i == 0 || chance(0.5));
            }
            Theme th = poster.theme;
            if (th != null && chance(0.6)) {
                Tech domain = pick(themeTechs.get(th.key()));
                rel("REQUIRES_SKILL", pos.id, domain.id(), "level", between(1, 3), "mandatory", "false");
            }
        }

        // =============================================================================================
        // 6. Generator: relationships between organisations
        // =============================================================================================

        /** Industry-academia links (hubs get many), institution pairs, and out-of-province partners. */
        void collaborations() {
            List<Node> ents = all("Enterprise");
            List<Node> insts = all("Institution");
            for (Node e : ents) {
                int n = e.weight > 0.3 ? between(3, 5) : chance(0.55) ? between(1, 2) : 0;
                for (Node inst : sample(insts, n, i -> i.weight * (i.themes.contains(e.theme.key()) ? 4 : 1)
                        * (sameCity(e, i) ? 2 : 1))) {
                    collaborate(e, inst, e.theme);
                }
            }
            for (Node e : ents.stream().filter(x -> !isJiangxi(x)).toList()) {
                List<Node> partners = ents.stream().filter(this::isJiangxi).toList();
                for (Node p : sample(partners, between(2, 3), x -> x.weight * (x.theme == e.theme ? 3 : 1))) {
                    collaborate(e, p, e.theme);
                }
            }
            List<Node> academic = insts.stream().filter(i -> i.org.equals("univ")).toList();
            List<Node> clinical = insts.stream().filter(i -> i.org.equals("hosp")).toList();
            for (int i = 0; i < 12; i++) {
                Node a = pickWeighted(academic, x -> x.weight);
                Node b = pickWeighted(chance(0.6) ? clinical : academic, x -> x.weight);
                collaborate(a, b, themes.get(pick(a.themes)));
            }
            for (int i = 0; i < 8; i++) {
                Node a = pickWeighted(ents, x -> x.weight);
                Node b = pickWeighted(ents, x -> x.weight);
                if (a.theme != b.theme) {
                    collaborate(a, b, a.theme);
                }
            }
        }

        boolean sameCity(Node a, Node b) {
            return a.region != null && b.region != null && a.region.cityCode().equals(b.region.cityCode());
        }

        void collaborate(Node a, Node b, Theme th) {
            String[] topic = pick(COLLAB_TOPICS);
            String fill = switch (topic[1]) {
                case "tech" -> pick(themeTechs.get(th.key())).name();
                case "scenario" -> pick(scenariosOf(th)).name();
                default -> "";
            };
            int start = Math.max(2012, Math.max(foundedOr(a), foundedOr(b)));
            rel("COLLABORATES_WITH", a.id, b.id, "topic", topic[0].formatted(fill), "since",
                    between(Math.min(start, NOW_YEAR), NOW_YEAR));
        }

        int foundedOr(Node n) {
            return n.get("founded_year").isEmpty() ? 2000 : n.year("founded_year");
        }

        /** Upstream/midstream enterprises supply enterprises further down the chain. */
        void supplies() {
            List<Node> ents = all("Enterprise");
            for (Node supplier : ents) {
                if (supplier.theme.supplies().isEmpty() || supplier.segment.tierRank() == 2) {
                    continue;
                }
                List<Node> customers = ents.stream()
                        .filter(c -> c.segment.tierRank() > supplier.segment.tierRank())
                        .filter(c -> c != supplier && c.theme != supplier.theme).toList();
                int n = supplier.weight > 0.3 ? between(2, 4) : between(0, 2);
                for (Node c : sample(customers, n, x -> x.weight * (sameCity(x, supplier) ? 2 : 1))) {
                    rel("SUPPLIES", supplier.id, c.id, "item", pick(supplier.theme.supplies()));
                }
            }
        }

        /** Key labs, clinical centres and platforms hang off their host university, hospital or enterprise. */
        void affiliations() {
            List<Node> hubs = all("Enterprise").stream().filter(this::isJiangxi).limit(HUB_THEMES.size()).toList();
            for (Node n : all("Institution")) {
                String host = n.inst.host();
                Node target = host.startsWith("inst:") ? instByKey.get(host.substring(5))
                        : host.startsWith("ent:") ? hubs.get(Integer.parseInt(host.substring(4)) % hubs.size()) : null;
                if (target != null) {
                    rel("AFFILIATED_WITH", n.id, target.id);
                }
            }
        }

        /** Deals: investors with larger funds do more; enterprises in matching stages and themes are preferred. */
        void investments() {
            List<Node> investors = new ArrayList<>(all("Investor"));
            List<Node> ents = all("Enterprise");
            List<Node> projects = all("Project").stream().filter(p -> p.get("seeks").contains("investment")).toList();
            List<String> order = List.of("seed", "angel", "series_a", "series_b", "series_c_plus", "pre_ipo", "listed",
                    "mature");
            for (Node inv : investors) {
                int deals = Math.max(1, (int) Math.round(inv.weight * 1.1 + rnd.nextDouble() * 1.5));
                List<String> stages = List.of(inv.get("stages").split("\\|"));
                for (int d = 0; d < deals; d++) {
                    if (chance(0.25) && !projects.isEmpty()) {
                        Node p = pickWeighted(projects, x -> inv.themes.contains(x.theme.key()) ? 3 : 1);
                        deal(inv, p, p.get("stage"), Math.max(2020, NOW_YEAR - 3));
                        continue;
                    }
                    Node e = pickWeighted(ents, x -> x.weight * (stages.contains(x.get("stage")) ? 3 : 1)
                            * (inv.themes.contains(x.theme.key()) ? 3 : 1) * (isJiangxi(x) ? 2 : 1));
                    int idx = Math.max(0, Math.min(order.indexOf(e.get("stage")), 5) - between(0, 1));
                    String round = stages.contains(order.get(idx)) ? order.get(idx) : e.get("stage");
                    deal(inv, e, round, foundedOr(e) + 1);
                }
            }
        }

        void deal(Node inv, Node target, String round, int earliest) {
            double min = Double.parseDouble(inv.get("ticket_min_wan"));
            double max = Double.parseDouble(inv.get("ticket_max_wan"));
            double amount = Math.round((min + (max - min) * Math.pow(rnd.nextDouble(), 2)) / 10) * 10;
            int from = Math.min(Math.max(earliest, 2016), NOW_YEAR);
            rel("INVESTED_IN", inv.id, target.id, "round", ROUNDS.getOrDefault(round, "战略投资"), "amount_wan", money(amount), "year",
                    between(from, NOW_YEAR));
        }
    }

    // =================================================================================================
    // 7. Descriptions (Chinese and English, mentioning technologies, scenarios, products and partners)
    // =================================================================================================

    static final class Descriptions {
        private final Generator g;
        private int typoCounter;

        private Descriptions(Generator g) {
            this.g = g;
        }

        static void write(Generator g) {
            Descriptions d = new Descriptions(g);
            g.all("Scenario").forEach(d::scenario);
            g.all("Enterprise").forEach(d::enterprise);
            g.all("Institution").forEach(d::institution);
            g.all("Investor").forEach(d::investor);
            g.all("Product").forEach(d::product);
            g.all("Project").forEach(d::project);
            g.all("Patent").forEach(d::patent);
            g.all("Dataset").forEach(d::dataset);
            g.all("Talent").forEach(d::talent);
            g.all("Position").forEach(d::position);
        }

        List<Node> linked(String type, String from) {
            return g.targets(type, from).stream().map(g.byId::get).filter(java.util.Objects::nonNull).toList();
        }

        Node source(String type, String to) {
            List<String> s = g.sources(type, to);
            return s.isEmpty() ? null : g.byId.get(s.get(0));
        }

        List<Tech> techs(String type, String from) {
            Set<String> ids = new HashSet<>(g.targets(type, from));
            return g.tax.techs.stream().filter(t -> ids.contains(t.id())).toList();
        }

        static String zhList(List<String> items) {
            return String.join("、", items);
        }

        static String enList(List<String> items) {
            if (items.size() <= 1) {
                return String.join("", items);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }

        static List<String> names(List<Node> nodes) {
            return nodes.stream().map(Node::name).toList();
        }

        static List<String> namesEn(List<Node> nodes) {
            return nodes.stream().map(n -> n.get("name_en").isEmpty() ? n.name() : Generator.lower(n.get("name_en")))
                    .toList();
        }

        static List<String> techZh(List<Tech> techs) {
            return techs.stream().map(Tech::name).toList();
        }

        static List<String> techEn(List<Tech> techs) {
            return techs.stream().map(t -> t.nameEn().isEmpty() ? t.name() : t.nameEn()).toList();
        }

        String place(Node n) {
            return n.region == null ? "" : g.tax.displayName(n.region);
        }

        String placeEn(Node n) {
            return n.region == null ? "" : g.tax.displayNameEn(n.region);
        }

        /** Every seventh English description carries one common misspelling. */
        String typo(String en) {
            if (++typoCounter % 7 != 0) {
                return en;
            }
            for (String[] t : TYPOS) {
                if (en.contains(t[0])) {
                    return en.replaceFirst(java.util.regex.Pattern.quote(t[0]), t[1]);
                }
            }
            return en;
        }

        void set(Node n, String zh, String en) {
            n.set("description", zh).set("description_en", typo(en.replace("Ltd..", "Ltd.")));
        }

        void scenario(Node s) {
            Need need = s.need;
            List<Tech> techs = techs("USES_TECHNOLOGY", s.id);
            set(s, "应用需求：" + need.needZh() + "。所属领域：" + zh(need.domain()) + "。"
                    + (techs.isEmpty() ? "" : "相关技术：" + zhList(techZh(techs)) + "。"),
                    "Application need: " + need.needEn() + ". Domain: " + en(need.domain()) + "."
                    + (techs.isEmpty() ? "" : " Related technologies: " + enList(techEn(techs)) + "."));
        }

        void enterprise(Node e) {
            List<Tech> techs = techs("DEVELOPS", e.id);
            List<Node> products = linked("MAKES", e.id);
            List<Node> scenarios = linked("SERVES", e.id);
            List<Node> partners = linked("COLLABORATES_WITH", e.id);
            List<String> quals = e.get("qualifications").isEmpty() ? List.of()
                    : List.of(e.get("qualifications").split("\\|"));
            StringBuilder zh = new StringBuilder();
            zh.append(e.name()).append("（简称“").append(e.get("short_name")).append("”）成立于")
                    .append(e.get("founded_year")).append("年，位于").append(place(e)).append("，专注于")
                    .append(e.theme.zh()).append("，核心技术包括").append(zhList(techZh(techs))).append("。");
            if (!products.isEmpty()) {
                zh.append("主要产品有").append(zhList(names(products.subList(0, Math.min(3, products.size())))))
                        .append("。");
            }
            zh.append("产品面向").append(zhList(names(scenarios))).append("等应用场景");
            if (!partners.isEmpty()) {
                zh.append("，并与").append(partners.get(0).get("short_name")).append("等单位开展合作");
            }
            zh.append("。");
            if (!quals.isEmpty()) {
                zh.append("公司为").append(zhList(quals.stream().map(GenerateIllustrative::zh).toList())).append("。");
            }
            StringBuilder en = new StringBuilder();
            en.append(e.get("name_en")).append(" (").append(e.brandEn).append("), founded in ")
                    .append(e.get("founded_year")).append(" in ").append(placeEn(e)).append(", works on ")
                    .append(e.theme.en()).append(" (brain-computer interface). Core technologies: ")
                    .append(enList(techEn(techs))).append(".");
            if (!products.isEmpty()) {
                en.append(" Products include ").append(enList(products.subList(0, Math.min(3, products.size()))
                        .stream().map(p -> p.get("name_en")).toList())).append(".");
            }
            en.append(" Target scenarios: ").append(enList(namesEn(scenarios))).append(".");
            if (!quals.isEmpty()) {
                en.append(" Recognised as ").append(enList(quals.stream().map(GenerateIllustrative::en).toList()))
                        .append(".");
            }
            set(e, zh.toString(), en.toString());
        }

        void institution(Node n) {
            Inst in = n.inst;
            List<String> kinds = List.of(in.kinds().split("\\|"));
            List<Tech> techs = techs("RESEARCHES", n.id);
            List<Node> hosts = linked("AFFILIATED_WITH", n.id);
            List<Node> scenarios = linked("SERVES", n.id);
            String kindZh = zhList(kinds.stream().map(GenerateIllustrative::zh).toList());
            String kindEn = enList(kinds.stream().map(GenerateIllustrative::en).toList());
            StringBuilder zh = new StringBuilder(n.name() + "是位于" + place(n) + "的" + zh(in.level()) + kindZh + "，");
            if (!hosts.isEmpty()) {
                zh.append("依托").append(hosts.get(0).name()).append("建设，");
            }
            zh.append("围绕").append(zhList(techZh(techs))).append("开展研究");
            if (!scenarios.isEmpty()) {
                zh.append("，服务").append(zhList(names(scenarios))).append("等场景");
            }
            if (in.beds() > 0) {
                zh.append("，设有临床研究床位").append(in.beds()).append("张");
            }
            zh.append("。");
            String level = en(in.level());
            StringBuilder en = new StringBuilder(in.en() + " is a " + (level.isEmpty() ? "" : level + " ") + kindEn
                    + " in " + placeEn(n));
            if (!hosts.isEmpty()) {
                en.append(", hosted by ").append(hosts.get(0).get("name_en"));
            }
            en.append(". Research focus: ").append(enList(techEn(techs))).append(".");
            if (!scenarios.isEmpty()) {
                en.append(" Serves ").append(enList(namesEn(scenarios))).append(".");
            }
            if (in.beds() > 0) {
                en.append(" Clinical research beds: ").append(in.beds()).append(".");
            }
            set(n, zh.toString(), en.toString());
        }

        void investor(Node n) {
            List<Node> portfolio = linked("INVESTED_IN", n.id);
            List<String> focusZh = new ArrayList<>();
            List<String> focusEn = new ArrayList<>();
            for (String id : g.targets("FOCUSES_ON", n.id)) {
                Tech t = g.tax.techs.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                Segment s = g.tax.subSegments.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                DomainScenario d = g.tax.domainScenarios.stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElse(null);
                if (t != null) {
                    focusZh.add(t.name());
                    focusEn.add(t.nameEn());
                } else if (s != null) {
                    focusZh.add(s.name());
                    focusEn.add(Generator.lower(s.nameEn()));
                } else if (d != null) {
                    focusZh.add(d.name() + "领域");
                    focusEn.add(d.domain().replace('_', ' ') + " applications");
                }
            }
            double fundYi = Double.parseDouble(n.get("fund_size_wan")) / 10000;
            String fund = fundYi >= 1 ? String.format(Locale.ROOT, "%.0f亿元", fundYi)
                    : String.format(Locale.ROOT, "%.0f万元", fundYi * 10000);
            String type = n.get("investor_type");
            String min = n.get("ticket_min_wan").replace(".0", "");
            String max = n.get("ticket_max_wan").replace(".0", "");
            StringBuilder zh = new StringBuilder(n.name() + "是位于" + place(n) + "的" + zh(type) + "，管理规模约" + fund
                    + "，重点关注" + zhList(focusZh) + "，单笔投资" + min + "万至" + max + "万元");
            if (!portfolio.isEmpty()) {
                zh.append("，已投资").append(zhList(portfolio.stream().limit(4)
                        .map(p -> p.kind.equals("Enterprise") ? p.get("short_name") : p.name()).toList())).append("等");
            }
            zh.append("。");
            StringBuilder en = new StringBuilder(n.get("name_en") + " is a " + en(type) + " based in " + placeEn(n)
                    + " with about CNY " + String.format(Locale.ROOT, "%.1f", fundYi / 10) + " billion under management."
                    + " Focus: " + enList(focusEn) + ". Tickets of CNY " + min + "0k to " + max + "0k.");
            if (!portfolio.isEmpty()) {
                en.append(" Portfolio includes ").append(enList(portfolio.stream().limit(4)
                        .map(p -> p.get("name_en")).toList())).append(".");
            }
            set(n, zh.toString(), en.toString());
        }

        void product(Node p) {
            Node maker = source("MAKES", p.id);
            List<Tech> techs = techs("USES_TECHNOLOGY", p.id);
            List<Node> scenarios = linked("SERVES", p.id);
            List<Node> sites = linked("TRIALS_AT", p.id);
            String cls = p.get("device_class");
            StringBuilder zh = new StringBuilder(p.name() + "由" + maker.name() + "研制，基于" + zhList(techZh(techs))
                    + "，用于" + zhList(names(scenarios)) + "。产品属于" + zh(cls));
            if (!cls.equals("none")) {
                zh.append("，").append(zh(p.get("registration_status")));
            }
            zh.append("。");
            if (!sites.isEmpty()) {
                zh.append("已在").append(zhList(names(sites))).append("开展临床试验。");
            }
            StringBuilder en = new StringBuilder(p.get("name_en") + " by " + maker.get("name_en") + ", built on "
                    + enList(techEn(techs)) + ", for " + enList(namesEn(scenarios)) + ". " + Generator.capitalise(en(cls)));
            if (!cls.equals("none")) {
                en.append(", ").append(en(p.get("registration_status")));
            }
            en.append(".");
            if (!sites.isEmpty()) {
                en.append(" Clinical trials at ").append(enList(sites.stream().map(s -> s.get("name_en")).toList()))
                        .append(".");
            }
            set(p, zh.toString(), en.toString());
        }

        void project(Node p) {
            Node runner = source("RUNS", p.id);
            List<Tech> techs = techs("USES_TECHNOLOGY", p.id);
            List<String> seeks = List.of(p.get("seeks").split("\\|"));
            String funding = p.get("funding_sought_wan").replace(".0", "");
            set(p, p.name() + "由" + runner.name() + "承担，技术成熟度TRL " + p.get("trl") + "，采用" + zhList(techZh(techs))
                    + "，拟融资" + funding + "万元，当前寻求" + zhList(seeks.stream().map(GenerateIllustrative::zh).toList())
                    + "。",
                    p.get("name_en") + ", run by " + runner.get("name_en") + " (TRL " + p.get("trl") + "), uses "
                    + enList(techEn(techs)) + "; seeks " + enList(seeks.stream().map(GenerateIllustrative::en).toList())
                    + " (CNY " + funding + "0k sought).");
        }

        void patent(Node p) {
            Node owner = source("OWNS", p.id);
            List<Tech> techs = techs("COVERS", p.id);
            List<Node> licensees = linked("LICENSED_TO", p.id);
            String type = p.get("patent_type");
            StringBuilder zh = new StringBuilder(owner.name() + "于" + p.get("filing_year") + "年申请的" + zh(type)
                    + "，涉及" + zhList(techZh(techs)) + "，适用于" + p.theme.zh() + "。");
            if (!licensees.isEmpty()) {
                zh.append("已许可给").append(licensees.get(0).name()).append("实施。");
            } else if (p.get("licensable").equals("true")) {
                zh.append("可对外许可。");
            }
            StringBuilder en = new StringBuilder(Generator.capitalise(en(type)) + " filed in " + p.get("filing_year")
                    + " by " + owner.get("name_en") + ", covering " + enList(techEn(techs)) + " for " + p.theme.en() + ".");
            if (!licensees.isEmpty()) {
                en.append(" Licensed to ").append(licensees.get(0).get("name_en")).append(".");
            } else if (p.get("licensable").equals("true")) {
                en.append(" Open to licensing.");
            }
            set(p, zh.toString(), en.toString());
        }

        void dataset(Node d) {
            Node owner = source("OWNS", d.id);
            List<Tech> techs = techs("USES_TECHNOLOGY", d.id);
            String access = d.get("access");
            boolean clean = d.get("desensitised").equals("true");
            set(d, d.name() + "由" + owner.name() + "建设，包含" + d.get("subjects") + "名被试的" + zh(d.get("modality"))
                    + "数据，约" + d.get("size_gb") + "GB，涉及" + zhList(techZh(techs)) + "；" + (clean ? "已脱敏，" : "")
                    + zh(access) + "。",
                    d.get("name_en") + " from " + owner.get("name_en") + ": " + en(d.get("modality")) + " recordings of "
                    + d.get("subjects") + " subjects, about " + d.get("size_gb") + " GB, covering "
                    + enList(techEn(techs)) + "; " + (clean ? "de-identified, " : "") + en(access) + ".");
        }

        void talent(Node t) {
            List<Node> employers = linked("WORKS_AT", t.id);
            List<Tech> skills = techs("HAS_SKILL", t.id);
            Node current = employers.stream().filter(e -> g.rels.stream().anyMatch(r -> r.type().equals("WORKS_AT")
                    && r.from().equals(t.id) && r.to().equals(e.id) && r.props().get("current").equals("true")))
                    .findFirst().orElse(null);
            Role role = t.role;
            set(t, role.headline() + "，" + zh(t.get("degree")) + "学历，从事" + role.field() + "相关工作"
                    + t.get("years_experience") + "年，擅长" + zhList(techZh(skills)) + "。"
                    + (current == null ? "" : "现任职于" + current.name() + "。"),
                    Generator.capitalise(role.headlineEn()) + " with " + t.get("years_experience")
                    + " years of experience; skills: " + enList(techEn(skills)) + "."
                    + (current == null ? "" : " Currently at " + current.get("name_en") + "."));
        }

        void position(Node p) {
            Node poster = source("POSTS", p.id);
            List<Tech> skills = techs("REQUIRES_SKILL", p.id);
            boolean anyYears = p.get("years_required").equals("0");
            set(p, poster.name() + "招聘" + p.name() + p.get("openings") + "名（" + zh(p.get("employment")) + "），要求"
                    + zh(p.get("degree_required")) + "及以上学历、" + (anyYears ? "经验不限" : p.get("years_required")
                    + "年以上经验") + "，熟悉"
                    + zhList(techZh(skills)) + "，月薪" + p.get("salary_min_k") + "-" + p.get("salary_max_k")
                    + "K，工作地点" + place(p) + "。",
                    poster.get("name_en") + " is hiring " + p.get("openings") + " x " + p.get("name_en") + " ("
                    + p.get("employment").replace('_', ' ') + ") in " + placeEn(p) + ": " + en(p.get("degree_required"))
                    + " or above, " + (anyYears ? "no experience required" : p.get("years_required") + "+ years")
                    + ", skills " + enList(techEn(skills))
                    + "; CNY " + p.get("salary_min_k") + "k-" + p.get("salary_max_k") + "k per month.");
        }
    }

    // =================================================================================================
    // 8. Check characters (GB 32100-2015, GB 11714-1997, GB 11643-1999)
    // =================================================================================================

    static final class Checks {
        static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
        static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

        /** 91 (enterprise, company) + division code + FAKEnnnn + GB 11714 check + GB 32100 check. */
        static String uscc(String divisionCode, int seq) {
            String org = String.format(Locale.ROOT, "FAKE%04d", seq);
            String body = "91" + divisionCode + org + orgCheck(org);
            return body + usccCheck(body);
        }

        static char orgCheck(String eight) {
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                char c = eight.charAt(i);
                int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
                sum += v * ORG_WEIGHTS[i];
            }
            int check = 11 - sum % 11;
            return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        }

        static char usccCheck(String seventeen) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += USCC_CHARS.indexOf(seventeen.charAt(i)) * USCC_WEIGHTS[i];
            }
            int check = 31 - sum % 31;
            return USCC_CHARS.charAt(check == 31 ? 0 : check);
        }

        /** 999999 (no such division) + birth date + sequence + GB 11643 check. */
        static String idNumber(String yyyymmdd, int seq) {
            String body = "999999" + yyyymmdd + String.format(Locale.ROOT, "%03d", seq % 1000);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }
    }

    // =================================================================================================
    // 9. Output
    // =================================================================================================

    static final class Output {
        static void write(Generator g, Path dir) throws IOException {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, List<Node>> e : g.nodes.entrySet()) {
                List<String> columns = new ArrayList<>(HEAD);
                columns.addAll(NODE_COLUMNS.get(e.getKey()));
                columns.addAll(PROVENANCE);
                StringBuilder out = new StringBuilder(csvLine(columns));
                for (Node n : e.getValue()) {
                    n.set("source", SOURCE).set("source_ref", SOURCE_REF);
                    out.append(csvLine(columns.stream().map(c -> c.equals("id") ? n.id : n.get(c)).toList()));
                }
                Files.writeString(dir.resolve(e.getKey() + ".csv"), out.toString(), StandardCharsets.UTF_8);
            }
            Map<String, List<Rel>> byType = new TreeMap<>();
            g.rels.forEach(r -> byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<Rel>> e : byType.entrySet()) {
                List<String> props = REL_COLUMNS.getOrDefault(e.getKey(), List.of());
                List<String> columns = new ArrayList<>(List.of("from", "to"));
                columns.addAll(props);
                columns.addAll(PROVENANCE);
                List<Rel> rows = new ArrayList<>(e.getValue());
                rows.sort(Comparator.comparing(Rel::from).thenComparing(Rel::to));
                StringBuilder out = new StringBuilder(csvLine(columns));
                for (Rel r : rows) {
                    List<String> cells = new ArrayList<>(List.of(r.from(), r.to()));
                    props.forEach(p -> cells.add(r.props().getOrDefault(p, "")));
                    cells.add(SOURCE);
                    cells.add(SOURCE_REF);
                    out.append(csvLine(cells));
                }
                Files.writeString(dir.resolve(e.getKey() + ".csv"), out.toString(), StandardCharsets.UTF_8);
            }
            System.out.printf(Locale.ROOT, "wrote %d nodes and %d relationships to %s (gap sub-segments: %s)%n",
                    g.byId.size(), g.rels.size(), dir, String.join(", ", g.gaps));
        }
    }
}

package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import org.brainbridge.graph.model.NodeKind;

/**
 * Institutions, planned before anything is written. The first few are universities and their affiliated hospitals
 * (the hubs); the rest are labs, centres, platforms and hospitals, many hosted by an earlier university, hospital
 * or hub enterprise: they then take the host's place and name ("瑶湖医科大学神经调控重点实验室") and are
 * AFFILIATED_WITH it. A topic gives each its research themes.
 */
final class InstitutionPlan {

    static final int UNIV = 0;
    static final int HOSP = 1;
    static final int PLAT = 2;

    /** {key, weight, org type, kinds, Chinese suffix, English pattern (%s = topic), host: u/h/e/- } */
    private static final String[][] CATEGORIES = {
        {"hospital", "12", "1", "hospital", "医院", "%s Hospital", "-"},
        {"key_lab", "14", "0", "key_lab", "重点实验室", "Key Laboratory of %s", "uh"},
        {"research_institute", "10", "0", "research_institute", "研究所", "Institute of %s", "u-"},
        {"new_rd", "8", "0", "new_rd_institution|research_institute", "研究院", "Research Institute of %s", "-"},
        {"tic", "5", "2", "tech_innovation_centre", "技术创新中心", "Technology Innovation Centre for %s", "e-"},
        {"eic", "2", "2", "emerging_industry_centre", "新兴产业创新中心", "Emerging-Industry Innovation Centre for %s", "e"},
        {"crc", "6", "1", "clinical_research_centre", "临床医学研究中心", "Clinical Research Centre for %s", "h"},
        {"rehab", "8", "1", "rehab_centre", "康复中心", "%s Rehabilitation Centre", "h-"},
        {"poc", "4", "2", "poc_centre", "概念验证中心", "Proof-of-Concept Centre for %s", "u-"},
        {"pilot", "3", "2", "pilot_base", "中试基地", "Pilot Base for %s", "-"},
        {"testing", "4", "2", "testing_centre", "检验检测中心", "Testing Centre for %s", "-"},
        {"psp", "4", "2", "public_service_platform", "产业公共服务平台", "Public Service Platform for %s", "-"},
        {"ttc", "3", "2", "tech_transfer_centre", "科技成果转移转化中心", "Technology Transfer Centre for %s", "u"},
        {"animal", "2", "2", "animal_platform", "实验动物平台", "Laboratory Animal Platform for %s", "u"}
    };

    private static final double[] CATEGORY_WEIGHTS = Rand.cumulative(java.util.Arrays.stream(CATEGORIES)
            .mapToDouble(c -> Double.parseDouble(c[1]))
            .toArray());

    /** Research topics: {Chinese, English, themes}. */
    static final String[][] TOPICS = {
        {"神经工程", "Neural Engineering", "algorithm eeg invasive"},
        {"脑机接口", "Brain-Computer Interfaces", "eeg algorithm rehab"},
        {"神经调控", "Neuromodulation", "neuromod"},
        {"脑科学", "Brain Science", "invasive algorithm data"},
        {"类脑智能", "Brain-Inspired Intelligence", "algorithm chip"},
        {"神经康复", "Neurorehabilitation", "rehab"},
        {"认知神经科学", "Cognitive Neuroscience", "education fnirs"},
        {"柔性电子", "Flexible Electronics", "electrode"},
        {"智能传感", "Smart Sensing", "chip electrode safety"},
        {"神经信息", "Neuroinformatics", "data algorithm"},
        {"脑健康", "Brain Health", "consumer eeg"},
        {"神经电子", "Neuro-electronics", "eeg chip"},
        {"智能康养", "Smart Elderly Care", "rehab consumer"},
        {"医学人工智能", "Medical AI", "algorithm data"},
        {"神经影像", "Neuroimaging", "fnirs data"},
        {"精神心理", "Mental Health", "neuromod consumer"},
        {"人因与安全", "Human Factors and Safety", "safety"},
        {"脑疾病", "Brain Disorders", "invasive neuromod eeg"}
    };

    private static final String[][] UNIVERSITY_TYPES = Lexicon.pairs(
            "大学",
            "University",
            "科技大学",
            "University of Science and Technology",
            "医科大学",
            "Medical University",
            "理工大学",
            "University of Technology",
            "师范大学",
            "Normal University",
            "职业技术学院",
            "Polytechnic");

    final int count;
    final int universities;
    final byte[] org;
    final byte[] topic;
    final int[] place;
    /** The host: an institution index, -(enterprise + 2) for an enterprise, -1 for none. */
    final int[] host;

    final String[] zh;
    final String[] en;
    final String[] shortName;
    final String[] kinds;
    final String[] level;
    final int[][] byOrg = new int[3][];
    private final World world;

    InstitutionPlan(World world) {
        this.world = world;
        count = world.count(NodeKind.INSTITUTION);
        universities = Math.max(2, Math.min(60, count / 25));
        int affiliated = Math.max(2, Math.min(40, count / 30));
        org = new byte[count];
        topic = new byte[count];
        place = new int[count];
        host = new int[count];
        zh = new String[count];
        en = new String[count];
        shortName = new String[count];
        kinds = new String[count];
        level = new String[count];
        List<List<Integer>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // Hosts are institutions that are not hosted themselves (universities, hospitals, independent institutes),
        // so names never chain three deep ("…医院…中心…实验室").
        List<List<Integer>> hosts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        InstitutionNames names = new InstitutionNames(world, this);
        for (int i = 0; i < count; i++) {
            Rand r = world.rand(World.INSTITUTION, i);
            topic[i] = (byte) r.zipf(TOPICS.length, 0.6, 2);
            host[i] = -1;
            if (i < universities) {
                org[i] = UNIV;
                kinds[i] = "university";
                level[i] = "provincial";
                place[i] = i < 3 || r.chance(0.5) ? world.regions.pickCore(r) : world.regions.pick(r);
                names.university(i, r, r.pick(UNIVERSITY_TYPES));
            } else if (i < universities + affiliated) {
                org[i] = HOSP;
                kinds[i] = "hospital";
                level[i] = "provincial";
                host[i] = medicalUniversity(r);
                place[i] = place[host[i]];
                names.affiliatedHospital(i, r);
            } else {
                String[] category = CATEGORIES[r.weighted(CATEGORY_WEIGHTS)];
                org[i] = (byte) (category[2].charAt(0) - '0');
                kinds[i] = category[3];
                level[i] = r.chance(0.02)
                        ? "national"
                        : r.chance(0.45) ? "provincial" : r.chance(0.85) ? "municipal" : "other";
                host[i] = chooseHost(category[6], r, hosts);
                place[i] = host[i] >= 0
                        ? place[host[i]]
                        : host[i] < -1 ? world.enterprises.place[-host[i] - 2] : world.regions.pick(r);
                names.hosted(i, r, category);
            }
            lists.get(org[i]).add(i);
            if (host[i] == -1 || i < universities + affiliated) {
                hosts.get(org[i]).add(i);
            }
        }
        for (int o = 0; o < 3; o++) {
            byOrg[o] = lists.get(o).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** A university with a medical school, for an affiliated hospital: not a normal university or a polytechnic. */
    private int medicalUniversity(Rand r) {
        int u = r.below(universities);
        for (int attempt = 0; attempt < 20 && (zh[u].endsWith("师范大学") || zh[u].endsWith("学院")); attempt++) {
            u = r.below(universities);
        }
        return u;
    }

    /** A host of one of the allowed kinds (u university, h hospital, e hub enterprise, - none), earlier ones first. */
    private int chooseHost(String allowed, Rand r, List<List<Integer>> lists) {
        char c = allowed.charAt(r.below(allowed.length()));
        return switch (c) {
            case 'u' -> lists.get(UNIV).get(r.zipf(lists.get(UNIV).size(), 0.8, 1));
            case 'h' -> lists.get(HOSP).get(r.zipf(lists.get(HOSP).size(), 0.8, 1));
            case 'e' -> -(r.zipf(Math.max(1, world.enterprises.count / 100), 0.8, 1) + 2);
            default -> -1;
        };
    }

    String id(int i) {
        return Fmt.id("inst", i);
    }

    private static final int[][] TOPIC_THEMES = java.util.Arrays.stream(TOPICS)
            .map(t -> java.util.Arrays.stream(t[2].split(" "))
                    .mapToInt(Themes::index)
                    .toArray())
            .toArray(int[][]::new);

    /** The institution's themes (from its topic), as theme indices. */
    int[] themes(int i) {
        return TOPIC_THEMES[topic[i]];
    }

    int mainTheme(int i) {
        return TOPIC_THEMES[topic[i]][0];
    }

    /** An institution of the organisation type, by rank. */
    int pick(int orgType, Rand r) {
        int[] list = byOrg[orgType].length > 0 ? byOrg[orgType] : byOrg[UNIV];
        return r.zipfOf(list, 0.85, 2);
    }

    /** Any institution by rank. */
    int pick(Rand r) {
        return r.zipf(count, 0.85, 2);
    }
}

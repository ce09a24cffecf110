package org.brainbridge.generator;

import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * Job postings, by an enterprise (78 %) or an institution drawn by rank, of a type fitting the poster's line of
 * business; each requires the type's skills (the first mandatory) and often a technology of the poster's theme.
 */
final class PositionWriter {

    record Type(
            String zh,
            String en,
            String org,
            String employment,
            String degree,
            int minYears,
            int maxYears,
            int salaryMin,
            int salaryMax,
            List<String> skillKw,
            List<String> themes) {}

    // name | English name | posted by (ent, inst, any) | employment | degree | years min | max | salary min | max (k
    // CNY) | skill keywords | themes
    private static final String TABLE = """
            脑电算法工程师 | EEG algorithm engineer | ent | full_time | master | 1 | 5 | 15 | 35 | 信号处理, python, 机器学习 | eeg, algorithm, safety, consumer
            神经解码算法研究员 | neural decoding research scientist | any | full_time | phd | 0 | 5 | 25 | 50 | 深度学习, python | algorithm, invasive
            嵌入式硬件工程师 | embedded hardware engineer | ent | full_time | bachelor | 2 | 5 | 12 | 25 | 嵌入式, 模拟电路, pcb | eeg, chip, safety, fnirs, consumer
            FPGA开发工程师 | FPGA engineer | ent | full_time | master | 2 | 5 | 20 | 40 | fpga, 集成电路 | chip, eeg
            柔性电极工艺工程师 | flexible electrode process engineer | ent | full_time | master | 1 | 5 | 12 | 25 | 微纳 | electrode, invasive
            康复机器人控制工程师 | rehabilitation robot control engineer | ent | full_time | master | 2 | 5 | 15 | 30 | 嵌入式, c/c++, 康复医学 | rehab
            医疗器械注册专员 | regulatory affairs specialist | ent | full_time | bachelor | 3 | 5 | 10 | 20 | 医疗器械注册, 质量管理 | rehab, neuromod, invasive, eeg
            临床研究协调员（CRC） | clinical research coordinator (CRC) | any | full_time | bachelor | 1 | 3 | 7 | 12 | 临床试验, 伦理审查 | neuromod, invasive, rehab
            康复治疗师（脑机接口方向） | rehabilitation therapist (BCI) | any | full_time | bachelor | 1 | 3 | 6 | 11 | 康复医学 | rehab
            移动应用开发工程师 | mobile app developer | ent | full_time | bachelor | 2 | 3 | 12 | 22 | 移动应用 | consumer, education, safety
            数据标注工程师 | data annotation engineer | ent | full_time | associate | 0 | 2 | 5 | 9 | 数据标注, python | data, algorithm
            脑机接口产品经理 | BCI product manager | ent | full_time | bachelor | 3 | 8 | 18 | 35 | 产品经理 | -
            销售工程师（神经调控设备） | sales engineer (neuromodulation devices) | ent | full_time | bachelor | 1 | 5 | 8 | 20 | 商务拓展 | neuromod, rehab
            博士后（神经解码方向） | postdoc (neural decoding) | inst | postdoc | phd | 0 | 0 | 18 | 30 | 深度学习, python | -
            科研助理（脑电实验） | research assistant (EEG experiments) | inst | part_time | bachelor | 0 | 2 | 5 | 8 | matlab, 认知神经科学 | -
            实习生（脑电数据分析） | intern (EEG data analysis) | any | internship | bachelor | 0 | 0 | 3 | 5 | python, 信号处理 | -
            检测工程师（有源医疗器械） | testing engineer (active medical devices) | inst | full_time | bachelor | 2 | 5 | 9 | 16 | 质量管理 | data
            兼职临床顾问（神经外科） | part-time clinical adviser (neurosurgery) | ent | part_time | phd | 10 | 10 | 10 | 20 | 神经外科 | invasive, neuromod
            """;

    static final List<Type> TYPES = Table.rows(TABLE).stream()
            .map(c -> new Type(
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    Integer.parseInt(c[5]),
                    Integer.parseInt(c[6]),
                    Integer.parseInt(c[7]),
                    Integer.parseInt(c[8]),
                    Table.list(c[9]),
                    Table.list(c[10])))
            .toList();

    private final World world;
    private final Output out;
    private final double[][][] weights = new double[2][Themes.ALL.size()][];
    private final int[][] typeSkills;

    PositionWriter(World world, Output out) {
        this.world = world;
        this.out = out;
        typeSkills = TYPES.stream().map(t -> world.catalog.skills(t.skillKw())).toArray(int[][]::new);
        for (int o = 0; o < 2; o++) {
            for (int t = 0; t < Themes.ALL.size(); t++) {
                String key = Themes.get(t).key();
                double[] w = new double[TYPES.size()];
                for (int k = 0; k < w.length; k++) {
                    Type type = TYPES.get(k);
                    boolean allowed = type.org().equals("any") || type.org().equals(o == 0 ? "ent" : "inst");
                    w[k] = !allowed
                            ? 0
                            : type.themes().isEmpty() ? 1 : type.themes().contains(key) ? 4 : 0.1;
                }
                weights[o][t] = Rand.cumulative(w);
            }
        }
    }

    void write() {
        int count = world.count(NodeKind.POSITION);
        try (Output.NodeFile file = out.nodes(
                NodeKind.POSITION,
                "employment",
                "degree_required",
                "years_required",
                "salary_min_k",
                "salary_max_k",
                "openings")) {
            for (int p = 0; p < count; p++) {
                row(file, p);
            }
        }
    }

    private void row(Output.NodeFile file, int p) {
        Rand r = world.rand(World.POSITION, p);
        Plants.PositionPlant plant = world.plants.positions.get(p);
        EnterprisePlan ents = world.enterprises;
        boolean byInstitution = plant == null && r.chance(0.22);
        int org = plant != null ? plant.org() : byInstitution ? ents.count + world.institutions.pick(r) : ents.pick(r);
        int theme = Edges.organisationTheme(world, org);
        int typeIndex = plant != null ? plant.type() : r.weighted(weights[byInstitution ? 1 : 0][theme]);
        Type type = TYPES.get(typeIndex);
        int years = plant != null ? plant.years() : r.between(type.minYears(), type.maxYears());
        String degree = plant != null ? plant.degree() : type.degree();
        int min = r.between(type.salaryMin(), Math.max(type.salaryMin(), (type.salaryMin() + type.salaryMax()) / 2));
        int max = Math.max(min + 2, r.between(min, type.salaryMax()));
        int openings = new int[] {1, 1, 1, 1, 2, 2, 3, 5, 10}[r.below(9)];
        int place = Edges.organisationPlace(world, org);
        int[] skills = plant != null
                ? plant.skills()
                : r.distinct(typeSkills[typeIndex], type.skillKw().size(), 0.8, 1);
        int domain = plant == null && r.chance(0.6) ? world.catalog.themeTech(theme, r) : -1;
        Words w = new Words(world);
        int[] all = domain < 0
                ? skills
                : java.util.stream.IntStream.concat(
                                java.util.Arrays.stream(skills), java.util.stream.IntStream.of(domain))
                        .distinct()
                        .toArray();
        String poster = Edges.organisationZh(world, org);
        String zh = poster + "招聘" + type.zh() + openings + "名（" + Labels.zh("employment", type.employment()) + "），要求"
                + Labels.zh("degree_required", degree) + "及以上学历、" + (years == 0 ? "经验不限" : years + "年以上经验")
                + "，熟悉" + Fmt.zhList(w.techsZh(all)) + "，月薪" + min + "-" + max + "K，工作地点" + world.regions.zh(place)
                + "。";
        String en = Edges.organisationEn(world, org) + " is hiring " + openings + " x " + type.en() + " ("
                + Fmt.lower(Labels.en("employment", type.employment())) + ") in " + world.regions.en(place) + ": "
                + Labels.en("degree_required", degree) + " or above, "
                + (years == 0 ? "no experience required" : years + "+ years") + ", skills " + Fmt.enList(w.techsEn(all))
                + "; CNY " + min + "k-" + max + "k per month.";
        String[] text = Misspell.descriptions(world, World.POSITION, p, zh, en);
        String id = Fmt.id("pos", p);
        file.row(id, type.zh(), Fmt.upper(type.en()), text[0], text[1])
                .cell(type.employment())
                .cell(degree)
                .cell(years)
                .cell(min)
                .cell(max)
                .cell(openings)
                .end();
        out.edge(RelType.POSTS, Edges.organisation(world, org), id);
        Edges.locatedIn(world, out, id, place, r);
        for (int i = 0; i < all.length; i++) {
            boolean isDomain = all[i] == domain && i == all.length - 1 && domain >= 0;
            out.edge(
                    RelType.REQUIRES_SKILL,
                    id,
                    world.techs.id.get(all[i]),
                    isDomain ? r.between(1, 3) : r.between(2, 4),
                    plant != null ? plant.mandatory()[i] : i == 0 || !isDomain && r.chance(0.5));
        }
    }
}

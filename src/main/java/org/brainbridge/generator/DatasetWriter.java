package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/** Datasets, owned by an institution (60 %) or an enterprise by rank, of a kind fitting the owner's line of business. */
final class DatasetWriter {

    /** {Chinese, English, modality, min subjects, max subjects, theme}. */
    private static final String[][] TEMPLATES = {
        {"卒中患者运动想象脑电数据集", "Motor-imagery EEG dataset of stroke patients", "eeg", "40", "160", "rehab"},
        {"癫痫患者长程颅内脑电数据集", "Long-term intracranial EEG dataset of epilepsy patients", "ecog", "12", "60", "invasive"},
        {"猕猴运动皮层锋电位数据集", "Macaque motor-cortex spike dataset", "spike", "2", "6", "invasive"},
        {"驾驶模拟疲劳状态多模态数据集", "Multimodal driver-fatigue simulation dataset", "multimodal", "60", "240", "safety"},
        {"矿山井下作业脑电与心电数据集", "EEG and ECG dataset of underground miners", "multimodal", "50", "200", "safety"},
        {"儿童注意力近红外脑功能数据集", "fNIRS attention dataset of children", "fnirs", "80", "300", "education"},
        {"课堂场景群体脑电数据集", "Group EEG dataset in classroom settings", "eeg", "100", "400", "education"},
        {"上肢康复表面肌电数据集", "Surface EMG dataset for upper-limb rehabilitation", "emg", "30", "120", "rehab"},
        {
            "难治性抑郁症静息态功能磁共振数据集",
            "Resting-state fMRI dataset of treatment-resistant depression",
            "fmri",
            "60",
            "200",
            "neuromod"
        },
        {"经颅磁刺激诱发电位数据集", "TMS-evoked potential dataset", "eeg", "20", "80", "neuromod"},
        {"健康成人脑磁图听觉诱发数据集", "MEG auditory-evoked dataset of healthy adults", "meg", "20", "80", "algorithm"},
        {"SSVEP拼写器脑电基准数据集", "SSVEP speller EEG benchmark dataset", "eeg", "30", "100", "algorithm"},
        {"睡眠多导脑电分期数据集", "Polysomnographic EEG sleep-staging dataset", "eeg", "100", "500", "consumer"},
        {"老年人认知筛查脑电数据集", "EEG cognitive-screening dataset of older adults", "eeg", "150", "600", "eeg"},
        {
            "意识障碍患者多模态评估数据集",
            "Multimodal dataset of disorders-of-consciousness patients",
            "multimodal",
            "30",
            "120",
            "data"
        },
        {"干电极与湿电极对比采集数据集", "Dry versus wet electrode comparison EEG dataset", "eeg", "20", "60", "electrode"},
        {"飞行模拟脑力负荷近红外数据集", "fNIRS mental-workload dataset from flight simulation", "fnirs", "24", "90", "fnirs"},
        {"神经信号采集芯片基准测试数据集", "Benchmark dataset for neural acquisition chips", "eeg", "10", "40", "chip"}
    };

    private static final Choice ACCESS = Choice.of("open:25", "restricted:55", "closed:20");

    private final World world;
    private final Output out;

    DatasetWriter(World world, Output out) {
        this.world = world;
        this.out = out;
    }

    void write() {
        int count = world.count(NodeKind.DATASET);
        try (Output.NodeFile file =
                out.nodes(NodeKind.DATASET, "modality", "subjects", "size_gb", "desensitised", "access")) {
            for (int d = 0; d < count; d++) {
                row(file, d);
            }
        }
    }

    private void row(Output.NodeFile file, int d) {
        Rand r = world.rand(World.DATASET, d);
        EnterprisePlan ents = world.enterprises;
        int org = r.chance(0.6) ? ents.count + world.institutions.pick(r) : ents.pick(r);
        String themeKey = Themes.get(Edges.organisationTheme(world, org)).key();
        List<String[]> fitting = new ArrayList<>();
        for (String[] t : TEMPLATES) {
            if (t[5].equals(themeKey)) {
                fitting.add(t);
            }
        }
        String[] tpl = fitting.isEmpty() ? r.pick(TEMPLATES) : r.pick(fitting);
        String owner = org < ents.count ? ents.brand[org] : world.institutions.shortName[org - ents.count];
        int edition = r.between(2018, World.YEAR);
        String name = owner + tpl[0] + "（" + edition + "）";
        String nameEn = tpl[1] + " (" + (org < ents.count ? ents.brandEn[org] : world.institutions.en[org - ents.count])
                + ", " + edition + ")";
        String modality = tpl[2];
        int subjects = r.between(Integer.parseInt(tpl[3]), Integer.parseInt(tpl[4]));
        double perSubject = switch (modality) {
            case "spike", "ecog" -> 25;
            case "fmri", "meg" -> 4;
            case "multimodal" -> 2.5;
            default -> 0.8;
        };
        String size = Fmt.money(subjects * perSubject * (0.5 + r.unit()));
        boolean clean = !modality.equals("spike") || r.chance(0.5);
        String access = ACCESS.draw(r);
        int theme = Themes.index(tpl[5]);
        Set<Integer> uses = new LinkedHashSet<>();
        for (int t : world.catalog.themeTechs(theme, r.between(1, 2), r)) {
            uses.add(t);
        }
        int scenarioTech = world.scenarios.tech(world.scenarios.pick(theme, r), r);
        if (scenarioTech >= 0) {
            uses.add(scenarioTech);
        }
        int[] techs = uses.stream().mapToInt(Integer::intValue).toArray();
        Words w = new Words(world);
        String zh = name + "由" + Edges.organisationZh(world, org) + "建设，包含" + subjects + "名被试的"
                + Labels.zh("modality", modality) + "数据，约" + size + "GB，涉及" + Fmt.zhList(w.techsZh(techs)) + "；"
                + (clean ? "已脱敏，" : "") + Labels.zh("access", access) + "。";
        String en = nameEn + " from " + Edges.organisationEn(world, org) + ": " + Labels.en("modality", modality)
                + " recordings of " + subjects + " subjects, about " + size + " GB, covering "
                + Fmt.enList(w.techsEn(techs))
                + "; " + (clean ? "de-identified, " : "") + "access: " + Fmt.lower(Labels.en("access", access)) + ".";
        String[] text = Misspell.descriptions(world, World.DATASET, d, zh, en);
        String id = Fmt.id("ds", d);
        file.row(id, name, nameEn, text[0], text[1])
                .cell(modality)
                .cell(subjects)
                .cell(size)
                .cell(clean)
                .cell(access)
                .end();
        out.edge(RelType.OWNS, Edges.organisation(world, org), id);
        for (int t : techs) {
            out.edge(RelType.USES_TECHNOLOGY, id, world.techs.id.get(t));
        }
    }
}

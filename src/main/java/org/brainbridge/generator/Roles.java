package org.brainbridge.generator;

import java.util.List;

/** What talents do, by the kind of organisation they work at (ent, univ, hosp, plat), and the skills that go with it. */
final class Roles {

    private Roles() {}

    record Role(
            String org,
            String headline,
            String headlineEn,
            String role,
            String field,
            String title,
            List<String> degrees,
            int minYears,
            int maxYears,
            List<String> skillKw,
            List<String> themes) {}

    // org | headline | English headline | role (WORKS_AT.role) | field | title | degrees | years min | max | skill
    // keywords | themes
    private static final String TABLE = """
            ent  | 脑电信号处理算法工程师 | EEG signal-processing algorithm engineer | 算法工程师 | 脑电信号处理 | engineer | master, master, phd, bachelor | 1 | 10 | 信号处理, python, matlab, 机器学习 | eeg, algorithm, safety
            ent  | 深度学习神经解码研究员 | deep-learning neural decoding researcher | 算法研究员 | 神经解码 | senior_engineer | phd, master | 3 | 15 | 深度学习, python, 机器学习 | algorithm, invasive
            ent  | 嵌入式硬件工程师（生物电采集） | embedded hardware engineer (biopotential acquisition) | 硬件工程师 | 嵌入式系统 | engineer | bachelor, master | 2 | 15 | 嵌入式, 模拟电路, pcb, c/c++ | eeg, chip, safety, fnirs
            ent  | 柔性电极工艺工程师 | flexible electrode process engineer | 工艺工程师 | 柔性电子材料 | engineer | master, bachelor, phd | 1 | 12 | 微纳 | electrode, invasive
            ent  | 康复机器人控制工程师 | rehabilitation robot control engineer | 控制工程师 | 康复机器人 | engineer | bachelor, master | 2 | 12 | 嵌入式, c/c++, 康复医学 | rehab
            ent  | 集成电路设计工程师 | IC design engineer | 芯片工程师 | 集成电路设计 | senior_engineer | master, phd | 3 | 15 | 集成电路, fpga, 模拟电路 | chip
            ent  | 医疗器械注册专员 | medical device regulatory affairs specialist | 注册专员 | 医疗器械法规 | none | bachelor, master | 2 | 12 | 医疗器械注册, 质量管理 | rehab, neuromod, invasive, eeg
            ent  | 临床研究经理 | clinical research manager | 临床经理 | 临床试验管理 | manager | master, bachelor | 4 | 15 | 临床试验, 伦理审查 | neuromod, invasive, rehab
            ent  | 脑机接口产品经理 | BCI product manager | 产品经理 | 产品管理 | manager | bachelor, master | 3 | 12 | 产品经理, 商务拓展 | -
            ent  | 移动应用开发工程师 | mobile app developer | 软件工程师 | 移动应用开发 | engineer | bachelor | 1 | 10 | 移动应用, python | consumer, education, safety
            ent  | 脑电数据工程师 | EEG data engineer | 数据工程师 | 脑电数据治理 | technician | bachelor, associate | 0 | 8 | 数据标注, python | data, algorithm
            ent  | 首席技术官 | chief technology officer | 首席技术官 | 脑机接口系统 | senior_engineer | phd, master | 10 | 25 | 信号处理, 深度学习, 嵌入式 | -
            ent  | 商务拓展总监（医疗器械） | business development director (medical devices) | 商务总监 | 医疗器械营销 | manager | bachelor, master | 5 | 20 | 商务拓展, 产品经理 | -
            univ | 神经工程方向教授 | professor of neural engineering | 教授 | 神经工程 | professor | phd | 15 | 32 | 信号处理, matlab, 机器学习 | -
            univ | 认知神经科学副研究员 | associate research fellow in cognitive neuroscience | 副研究员 | 认知神经科学 | associate_professor | phd | 6 | 18 | 认知神经科学, matlab | education, fnirs, consumer
            univ | 生物医学工程讲师 | lecturer in biomedical engineering | 讲师 | 生物医学工程 | lecturer | phd | 2 | 10 | 信号处理, python | -
            univ | 脑机接口方向博士后 | postdoctoral researcher in BCI | 博士后 | 脑机接口解码 | lecturer | phd | 0 | 4 | 深度学习, python | algorithm, invasive
            univ | 生物医学工程博士研究生 | PhD candidate in biomedical engineering | 博士研究生 | 神经信号解码 | student | master | 0 | 3 | python, 深度学习 | -
            univ | 神经界面材料研究员 | research professor in neural interface materials | 研究员 | 神经界面材料 | professor | phd | 12 | 30 | 微纳 | electrode, invasive, chip
            hosp | 康复医学科主任医师 | chief physician of rehabilitation medicine | 主任医师 | 神经康复 | chief_physician | phd, master | 15 | 32 | 康复医学, 临床试验 | rehab
            hosp | 神经外科主治医师 | attending neurosurgeon | 主治医师 | 功能神经外科 | attending_physician | phd, master | 5 | 15 | 神经外科 | invasive, neuromod
            hosp | 神经内科主任医师（癫痫方向） | chief physician of neurology (epilepsy) | 主任医师 | 癫痫诊疗 | chief_physician | phd, master | 15 | 32 | 神经内科, 临床试验 | eeg, invasive
            hosp | 精神科主治医师（神经调控） | attending psychiatrist (neuromodulation) | 主治医师 | 精神疾病神经调控 | attending_physician | master, phd | 5 | 15 | 精神医学 | neuromod
            hosp | 康复治疗师（脑机接口康复） | rehabilitation therapist (BCI rehabilitation) | 康复治疗师 | 作业治疗 | technician | bachelor, associate | 1 | 12 | 康复医学 | rehab
            hosp | 临床研究协调员 | clinical research coordinator | 研究协调员 | 临床试验 | none | bachelor, master | 1 | 8 | 临床试验, 伦理审查 | -
            plat | 检验检测工程师（有源医疗器械） | testing engineer (active medical devices) | 检测工程师 | 电磁兼容与电气安全检测 | engineer | bachelor, master | 2 | 12 | 质量管理, 医疗器械注册 | data
            plat | 实验动物平台技术员 | laboratory animal technician | 技术员 | 动物实验与电生理 | technician | associate, bachelor | 1 | 12 | 神经外科 | invasive
            plat | 中试工艺工程师 | pilot-scale process engineer | 工艺工程师 | 中试放大 | engineer | bachelor, master | 2 | 12 | 微纳, 质量管理 | electrode, eeg
            plat | 技术转移经理人 | technology transfer manager | 技术经理人 | 科技成果转化 | manager | master, bachelor | 4 | 18 | 技术转移, 商务拓展 | -
            plat | 平台运营主管 | platform operations lead | 运营主管 | 产业公共服务 | manager | bachelor, master | 3 | 15 | 产品经理, 数据标注 | -
            """;

    static final List<Role> ALL = Table.rows(TABLE).stream()
            .map(c -> new Role(
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    c[5],
                    Table.list(c[6]),
                    Integer.parseInt(c[7]),
                    Integer.parseInt(c[8]),
                    Table.list(c[9]),
                    Table.list(c[10])))
            .toList();

    /** Titles that lead projects more often. */
    static final List<String> SENIOR = List.of(
            "professor", "associate_professor", "chief_physician", "senior_engineer", "manager", "attending_physician");

    static final String[] ORG_KEYS = {"univ", "hosp", "plat"};
}

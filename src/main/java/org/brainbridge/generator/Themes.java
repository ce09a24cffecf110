package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of business of the BCI industry. A theme ties an actor to the taxonomy: its keywords pick technologies
 * (matched against names, English names and aliases; "not" keywords exclude) and chain segments, and it carries the
 * products, inventions, IPC classes and supplies that actors of the theme make, file and sell. The weight is the
 * theme's share of enterprises.
 */
final class Themes {

    private Themes() {}

    record Item(String zh, String en, String deviceClass) {}

    record Theme(
            String key,
            String zh,
            String en,
            String industryZh,
            String industryEn,
            String shortSuffix,
            double weight,
            List<String> techKw,
            List<String> techNeg,
            List<String> segKw,
            List<Item> products,
            List<Item> inventions,
            List<String> ipc,
            List<String> supplies,
            List<String> skillKw) {}

    // theme | key | name | English | industry | English industry | short-name suffix | weight; then its lines
    private static final String TABLE = """
            theme | eeg | 非侵入式脑电采集设备 | non-invasive EEG acquisition devices | 电子科技 | Electronic Technology | 电子 | 12
            tech | 脑电, 干电极, 放大器, 可穿戴, 非侵入
            not | 皮层, 立体定向, 大模型, 情绪, 生物反馈, 芯片
            segment | 非侵入, 采集模块, 整机
            product | 便携式干电极脑电采集头环 | portable dry-electrode EEG headband | class_ii
            product | 64导无线脑电放大器 | 64-channel wireless EEG amplifier | class_ii
            product | 入耳式脑电监测耳机 | in-ear EEG monitoring earbuds | none
            invention | 干电极脑电采集装置 | dry-electrode EEG acquisition device
            invention | 脑电信号放大电路及采集系统 | EEG amplifier circuit and acquisition system
            ipc | A61B5/369, A61B5/291, A61B5/30, G06F3/015
            supplies | 脑电采集模组, 无线脑电放大器
            skills | 嵌入式, 模拟电路, pcb, 信号处理, c/c++

            theme | electrode | 柔性电极与生物材料 | flexible electrodes and biomaterials | 新材料科技 | New Material Technology | 新材料 | 8
            tech | 电极, 导电, 水凝胶, 材料
            not | utah, 密歇根, 深部, 皮层电极, 微针, 植入, 介入
            segment | 电极
            product | 柔性水凝胶脑电电极贴片 | flexible hydrogel EEG electrode patch | class_i
            product | 银/氯化银半干电极 | Ag/AgCl semi-dry electrode | class_i
            product | 陶瓷基柔性微电极阵列 | ceramic-substrate flexible microelectrode array | class_ii
            invention | 柔性水凝胶电极及其制备方法 | flexible hydrogel electrode and its preparation method
            invention | 低阻抗半干电极 | low-impedance semi-dry electrode
            ipc | A61B5/263, A61B5/268, C08J3/075, A61N1/04
            supplies | 柔性干电极, 水凝胶电极贴片
            skills | 微纳, 信号处理, 嵌入式

            theme | chip | 神经信号处理芯片 | neural signal processing chips | 微电子 | Microelectronics | 微电子 | 2
            tech | 芯片, asic, soc, 无线传输, 放大器
            segment | 芯片
            product | 低功耗神经信号采集芯片 | low-power neural signal acquisition ASIC | none
            product | 脑机接口专用SoC模组 | BCI system-on-chip module | none
            invention | 低噪声神经信号前端放大芯片 | low-noise neural front-end amplifier chip
            invention | 片上脑电特征提取电路 | on-chip EEG feature-extraction circuit
            ipc | H03F3/45, A61B5/30, H01L25/16, G06N3/063
            supplies | 神经信号采集芯片, 脑机接口SoC模组
            skills | 集成电路, fpga, 模拟电路, c/c++

            theme | algorithm | 脑电解码算法与软件平台 | neural decoding algorithms and software platforms | 智能科技 | Intelligent Technology | 智能 | 10
            tech | 解码, 学习, 信号处理, 特征, 伪迹, 共空间, 典型相关, 黎曼, 大模型, 稳态视觉, p300
            not | 锋电位分选, soc
            segment | 算法, 整机
            product | 运动想象脑电解码软件 | motor-imagery EEG decoding software | class_ii
            product | 脑电智能分析云平台 | cloud EEG analytics platform | none
            product | 脑机接口开发者套件 | BCI developer kit | none
            invention | 基于深度学习的运动想象脑电解码方法 | deep-learning motor-imagery EEG decoding method
            invention | 跨被试脑电迁移学习方法及系统 | cross-subject EEG transfer-learning method and system
            ipc | G06F3/015, G06N3/08, G06F18/24, A61B5/372
            supplies | 脑电解码算法授权, 脑电分析软件开发包
            skills | python, 深度学习, 机器学习, 信号处理, matlab

            theme | invasive | 植入式脑机接口系统 | implantable BCI systems | 神经科技 | Neurotechnology | 神经 | 3
            tech | 侵入式脑机接口, 植入, 皮层, 锋电位, 局部场电位, 深部, 微电极, utah, 介入, 言语神经假体
            not | 非侵入, 深部脑刺激
            segment | 半侵入
            product | 植入式柔性皮层电极系统 | implantable flexible cortical electrode system | class_iii
            product | 半侵入式硬膜外脑机接口 | semi-invasive epidural BCI | class_iii
            invention | 植入式柔性神经电极及植入方法 | implantable flexible neural electrode and implantation method
            invention | 无线供能颅内信号采集装置 | wirelessly powered intracranial recording device
            ipc | A61N1/05, A61B5/37, A61B5/293, A61N1/372
            supplies | 植入式电极系统
            skills | 神经外科, 微纳, 集成电路, 信号处理

            theme | rehab | 脑机接口康复设备 | BCI rehabilitation devices | 康复科技 | Rehabilitation Technology | 康复 | 14
            tech | 康复, 外骨骼, 肌电, 运动想象, 运动意图, 运动功能, 轮椅, 假肢
            segment | 执行, 康复
            product | 脑机接口上肢康复训练系统 | BCI upper-limb rehabilitation training system | class_ii
            product | 下肢外骨骼康复机器人 | lower-limb exoskeleton rehabilitation robot | class_ii
            product | 手功能镜像康复手套 | mirror-therapy hand rehabilitation glove | class_ii
            invention | 运动想象驱动的上肢康复训练装置 | motor-imagery-driven upper-limb rehabilitation device
            invention | 脑肌电融合的外骨骼控制方法 | EEG-EMG fusion exoskeleton control method
            ipc | A61H1/02, A61H3/00, B25J9/00, A61B5/389
            skills | 康复医学, 嵌入式, c/c++, 信号处理

            theme | neuromod | 神经调控与治疗设备 | neuromodulation and therapy devices | 医疗科技 | Medical Technology | 医疗 | 8
            tech | 刺激, 调控, 神经反馈
            not | 视觉诱发, 芯片
            segment | 神经调控, 医疗
            product | 经颅磁刺激治疗仪 | transcranial magnetic stimulator | class_ii
            product | 经颅直流电刺激仪 | tDCS stimulator | class_ii
            product | 闭环神经反馈训练系统 | closed-loop neurofeedback training system | class_ii
            invention | 闭环经颅磁刺激靶点定位方法 | closed-loop TMS target localisation method
            invention | 可穿戴经颅电刺激装置 | wearable transcranial electrical stimulation device
            ipc | A61N2/00, A61N2/02, A61N1/36, A61N1/20
            skills | 精神医学, 神经内科, 模拟电路, 嵌入式

            theme | consumer | 睡眠与情绪健康消费电子 | consumer sleep and mood wellness electronics | 健康科技 | Health Technology | 健康 | 9
            tech | 睡眠, 情绪, 神经反馈, 耳脑电, 虚拟现实, 可穿戴
            not | 精神
            segment | 消费
            product | 脑电助眠眼罩 | EEG sleep-aid eye mask | none
            product | 冥想脑电头带 | meditation EEG headband | none
            product | 情绪感知智能耳机 | mood-sensing smart earphones | none
            invention | 基于脑电的睡眠分期方法 | EEG-based sleep staging method
            invention | 情绪状态识别方法及可穿戴设备 | emotion recognition method and wearable device
            ipc | A61M21/02, A61B5/4806, A61B5/16, G06F3/015
            skills | 移动应用, 产品经理, 嵌入式, python

            theme | safety | 工业与交通安全脑状态监测 | brain-state monitoring for industrial and traffic safety | 安全科技 | Safety Technology | 安全 | 8
            tech | 疲劳, 状态监测, 被动式, 眼动, 眼电, 注意力
            not | 伪迹
            segment | 工业
            product | 驾驶员疲劳预警头枕 | driver fatigue warning headrest | none
            product | 脑电智能安全帽 | EEG smart safety helmet | none
            product | 高危作业人员状态监测系统 | high-risk worker state monitoring system | none
            invention | 基于脑电的驾驶疲劳检测方法 | EEG-based driver fatigue detection method
            invention | 作业人员警觉度评估系统 | operator vigilance assessment system
            ipc | B60K28/06, G08B21/06, A61B5/18, A42B3/04
            skills | python, 嵌入式, 机器学习, 移动应用

            theme | education | 教育与专注力训练 | education and attention training | 教育科技 | Education Technology | 教育 | 6
            tech | 注意力, 神经反馈, 认知, 事件相关, p300
            not | 运动
            segment | 教育
            product | 课堂专注力监测头环 | classroom attention-monitoring headband | none
            product | 青少年专注力训练系统 | adolescent attention training system | none
            invention | 课堂注意力群体评估方法 | group classroom attention assessment method
            invention | 游戏化专注力训练系统 | gamified attention training system
            ipc | G09B19/00, G09B5/06, A61B5/168, G06F3/015
            skills | 认知神经科学, 移动应用, python, 产品经理

            theme | fnirs | 近红外脑功能成像 | fNIRS brain imaging | 光电科技 | Optoelectronic Technology | 光电 | 3
            tech | 近红外, 多模态, 脑磁, 功能磁共振
            segment | 采集模块, 非侵入
            product | 可穿戴近红外脑功能成像仪 | wearable fNIRS brain imaging system | class_ii
            product | 多通道近红外光极帽 | multi-channel fNIRS optode cap | class_i
            invention | 近红外光极高密度排布结构 | high-density fNIRS optode layout
            invention | 脑血氧信号运动伪迹去除方法 | motion-artefact removal for cerebral oxygenation signals
            ipc | A61B5/1455, A61B5/0042, A61B5/0075, G01N21/359
            supplies | 近红外光源模组, 光极帽
            skills | 模拟电路, matlab, 信号处理, 认知神经科学

            theme | data | 脑数据与测试服务 | neural data and testing services | 数据科技 | Data Technology | 数据 | 6
            tech | 伪迹, 大模型, 特征提取, 多模态, 癫痫监测, 意识障碍
            segment | 数据, 检测
            product | 脑电数据标注管理平台 | EEG data annotation and management platform | none
            product | 脑机接口设备性能检测服务 | BCI device performance testing service | none
            invention | 脑电数据自动质控方法 | automatic EEG data quality-control method
            invention | 多中心脑数据脱敏共享系统 | multi-centre neural data de-identification and sharing system
            ipc | G16H10/60, G16H50/70, G06F16/22, G06F21/62
            supplies | 脑电数据标注服务, 设备检测服务
            skills | 数据标注, python, 医疗器械注册, 质量管理
            """;

    static final List<Theme> ALL = parse(TABLE);

    /** The themes of the first few (hub) enterprises, in rank order: the big lines of business. */
    static final List<String> HUBS = List.of("eeg", "rehab", "algorithm", "neuromod", "invasive", "consumer");

    static final double[] WEIGHTS =
            Rand.cumulative(ALL.stream().mapToDouble(Theme::weight).toArray());

    private static List<Theme> parse(String table) {
        List<Theme> themes = new ArrayList<>();
        String[] head = null;
        java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
        List<Item> products = new ArrayList<>();
        List<Item> inventions = new ArrayList<>();
        for (String[] row : Table.rows(table + "\ntheme | end")) {
            switch (row[0]) {
                case "theme" -> {
                    if (head != null) {
                        themes.add(new Theme(
                                head[1],
                                head[2],
                                head[3],
                                head[4],
                                head[5],
                                head[6],
                                Double.parseDouble(head[7]),
                                get(lists, "tech"),
                                get(lists, "not"),
                                get(lists, "segment"),
                                List.copyOf(products),
                                List.copyOf(inventions),
                                get(lists, "ipc"),
                                get(lists, "supplies"),
                                get(lists, "skills")));
                    }
                    head = row;
                    lists.clear();
                    products.clear();
                    inventions.clear();
                }
                case "product" -> products.add(new Item(row[1], row[2], row[3]));
                case "invention" -> inventions.add(new Item(row[1], row[2], ""));
                default -> lists.put(row[0], Table.list(row[1]));
            }
        }
        return List.copyOf(themes);
    }

    private static List<String> get(java.util.Map<String, List<String>> lists, String key) {
        return lists.getOrDefault(key, List.of());
    }

    static int index(String key) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no theme " + key);
    }

    static Theme get(int index) {
        return ALL.get(index);
    }
}

package org.brainbridge.generator;

import java.util.List;

/**
 * Application needs: the kinds of scenario (应用场景) that BCI serves in Jiangxi. Generated Scenario nodes are needs
 * in a particular place and setting ("青山湖区社区卫生服务中心 · 卒中后上肢康复训练"). The themes say which lines of
 * business serve a need; the keywords pick its technologies from the taxonomy. Listed roughly by how common they are.
 */
final class Needs {

    private Needs() {}

    record Need(
            String key,
            String zh,
            String en,
            String domain,
            List<String> themes,
            List<String> techKw,
            String needZh,
            String needEn) {}

    // key | name | English name | domain | themes serving it | technology keywords | the need | in English
    private static final String TABLE = """
            stroke_upper | 卒中后上肢康复训练 | Post-stroke upper-limb rehabilitation training | rehabilitation | rehab, eeg, algorithm, electrode | 运动想象, 卒中, 外骨骼, 康复机器人 | 脑卒中偏瘫患者借助运动想象脑机接口驱动外骨骼或功能性电刺激，完成主动上肢康复训练 | hemiplegic stroke patients use motor-imagery BCIs to drive exoskeletons for active upper-limb training
            sleep_disorder | 睡眠障碍干预 | Sleep-disorder intervention | medical | consumer, neuromod | 睡眠, 经颅交流, 迷走神经 | 失眠人群通过脑电监测与闭环声光、电刺激改善睡眠质量 | people with insomnia improve sleep with EEG monitoring and closed-loop stimulation
            epilepsy | 癫痫发作预警 | Epileptic seizure early warning | medical | eeg, invasive, algorithm, data, electrode | 癫痫, 立体定向, 皮层脑电 | 长程脑电监测结合智能算法，提前数分钟预警癫痫发作 | long-term EEG monitoring with algorithms that warn of seizures minutes ahead
            driver_fatigue | 驾驶员疲劳监测 | Driver fatigue monitoring | industry | safety, eeg, electrode | 疲劳, 耳脑电 | 长途客货运驾驶员佩戴脑电设备，实时识别疲劳与分心并预警 | long-haul drivers wear EEG devices that detect fatigue and distraction in real time
            depression | 抑郁症神经调控治疗 | Neuromodulation therapy for depression | medical | neuromod | 经颅磁, 精神心理, 经颅直流 | 难治性抑郁症患者接受脑电引导的个体化经颅磁刺激治疗 | treatment-resistant depression treated with EEG-guided individualised TMS
            classroom | 课堂注意力评估 | Classroom attention assessment | education | education, eeg, electrode | 注意力, 可穿戴脑电 | 在知情同意前提下对课堂教学中的群体注意力进行匿名统计评估 | anonymous, consent-based assessment of group attention during classroom teaching
            ad_screen | 阿尔茨海默病早期认知筛查 | Early cognitive screening for Alzheimer's disease | elderly_care | eeg, fnirs, algorithm | 事件相关, 近红外, 大模型 | 社区和养老机构对老年人开展基于脑电的轻度认知障碍早期筛查 | community and care-home screening of older adults for mild cognitive impairment using EEG
            als_comm | 渐冻症患者沟通辅助 | Communication aid for ALS patients | medical | invasive, algorithm, eeg, chip | 意念打字, 沟通, 言语, p300 | 渐冻症患者通过脑电拼写器或植入式电极实现意念打字与日常沟通 | people with ALS type and communicate through EEG spellers or implanted electrodes
            meditation | 冥想减压与情绪调节 | Meditation, stress relief and mood regulation | consumer | consumer | 神经反馈, 情绪 | 职场人群借助脑电反馈进行冥想放松与情绪调节 | office workers meditate and regulate mood with EEG feedback
            home_care | 居家失能老人脑控智能照护 | BCI-controlled home care for disabled older people | elderly_care | rehab, algorithm | 轮椅, 稳态视觉, 假肢 | 居家失能老人通过脑控轮椅、护理床与智能家居实现生活自理 | disabled older people at home control wheelchairs, care beds and appliances by thought
            doc_assess | 意识障碍患者评估 | Assessment of disorders of consciousness | medical | eeg, fnirs, algorithm | 意识障碍, 事件相关 | 对植物状态和微意识状态患者进行床旁客观脑功能评估，辅助预后判断 | bedside objective brain-function assessment of vegetative and minimally conscious patients
            hazardous | 高危作业人员状态监测 | State monitoring for high-risk workers | industry | safety, eeg | 疲劳, 状态监测, 被动式 | 电力、化工等高危岗位作业前后进行脑状态评估，防范人因事故 | power and chemical plants assess workers' brain state before shifts to prevent accidents
            focus_train | 青少年专注力训练 | Attention training for adolescents | education | education, consumer | 神经反馈, 注意力 | 通过游戏化神经反馈训练提升青少年专注力 | gamified neurofeedback training that improves adolescents' attention
            parkinson | 帕金森病脑深部刺激程控随访 | DBS programming follow-up for Parkinson's disease | medical | neuromod, invasive | 深部脑刺激, 闭环神经调控 | 帕金森病患者脑深部刺激术后的远程程控、参数优化与随访管理 | remote programming, parameter tuning and follow-up after deep brain stimulation surgery
            sci_walk | 脊髓损伤患者行走辅助 | Walking assistance after spinal cord injury | rehabilitation | rehab, invasive | 脊髓电刺激, 外骨骼, 运动意图 | 脊髓损伤患者借助脑控外骨骼或脊髓电刺激恢复站立与行走能力 | spinal-cord-injured patients regain walking with brain-controlled exoskeletons or spinal stimulation
            nursing_home | 养老机构认知与跌倒风险监测 | Cognitive and fall-risk monitoring in care homes | elderly_care | consumer, safety, eeg | 状态监测, 可穿戴脑电 | 养老机构通过可穿戴设备持续监测老人认知状态与跌倒风险 | care homes monitor residents' cognitive state and fall risk with wearables
            adhd | 儿童注意缺陷多动障碍辅助诊断 | ADHD diagnostic support for children | medical | eeg, education, algorithm | 注意力, 事件相关, 神经反馈 | 结合脑电特征和行为量表为儿童注意缺陷多动障碍提供客观辅助诊断 | objective ADHD diagnostic support combining EEG markers with behavioural scales
            ionm | 术中神经功能监护 | Intra-operative neuromonitoring | medical | eeg, data | 脑电, 肌电 | 神经外科和脊柱手术中实时监测脑电与肌电，降低神经损伤风险 | real-time EEG and EMG monitoring during neurosurgery and spine surgery
            stroke_screen | 基层脑卒中早期筛查 | Early stroke screening in primary care | medical | fnirs, eeg, data | 近红外, 高密度脑电 | 县域医院和乡镇卫生院利用便携式脑功能检测设备开展脑卒中早筛 | county and township clinics screen for stroke with portable brain-function devices
            smart_home | 智能家居意念控制 | Thought-controlled smart home | consumer | algorithm, eeg, consumer, chip | 稳态视觉, p300, 可穿戴脑机 | 通过稳态视觉诱发电位等范式实现灯光、电视等家电的意念控制 | SSVEP and other paradigms let users switch lights and televisions by thought
            bci_game | 脑控游戏与沉浸式娱乐 | Brain-controlled games and immersive entertainment | consumer | consumer, algorithm | 虚拟现实, 稳态视觉, 混合脑机 | 消费者通过脑电头带在VR游戏与沉浸式展演中实现意念交互 | consumers interact by thought in VR games and immersive shows using EEG headbands
            aphasia | 失语症言语康复 | Speech rehabilitation for aphasia | rehabilitation | rehab, algorithm, neuromod | 语言解码, 言语, 经颅直流 | 卒中后失语患者结合经颅电刺激与言语解码反馈进行语言功能康复 | post-stroke aphasia rehabilitation combining transcranial stimulation with speech-decoding feedback
            chronic_pain | 慢性疼痛神经调控 | Neuromodulation for chronic pain | medical | neuromod | 脊髓电刺激, 迷走神经, 经颅磁 | 慢性顽固性疼痛患者接受脊髓电刺激或经颅磁刺激镇痛治疗 | chronic intractable pain treated with spinal cord stimulation or TMS
            autism | 孤独症儿童社交能力康复 | Social-skill rehabilitation for autistic children | rehabilitation | education, neuromod, fnirs | 近红外, 眼动, 神经反馈 | 结合近红外脑功能成像与神经反馈为孤独症儿童提供社交能力康复 | social-skill rehabilitation for autistic children combining fNIRS imaging and neurofeedback
            mine | 矿山井下作业安全预警 | Underground mining safety early warning | industry | safety | 疲劳, 可穿戴脑电 | 稀土与有色金属矿山井下人员佩戴脑电安全帽，实时监测警觉度 | underground miners in rare-earth and non-ferrous mines wear EEG helmets that track vigilance
            special_ed | 特殊教育儿童认知干预 | Cognitive intervention in special education | education | education, neuromod | 神经反馈, 事件相关 | 特殊教育学校为发育迟缓儿童提供脑电评估与认知训练 | special-education schools provide EEG assessment and cognitive training
            robot_arm | 脑控工业机械臂协同 | Brain-controlled collaborative industrial robot arms | industry | algorithm, rehab | 假肢, 运动意图, 混合脑机 | 在精密装配场景中探索脑控机械臂与人机协同作业 | pilots of brain-controlled robot arms for human-machine collaboration in precision assembly
            pilot_load | 飞行员脑力负荷评估 | Pilot mental-workload assessment | industry | safety, fnirs | 近红外, 被动式, 眼动 | 通用航空飞行训练中利用近红外与眼动评估飞行员脑力负荷 | general-aviation flight training assesses pilot workload with fNIRS and eye tracking
            special_ops | 特种作业人员认知增强训练 | Cognitive training for special-duty personnel | defence | safety, neuromod | 经颅直流, 状态监测 | 特种作业与国防训练中开展脑状态评估和认知能力训练 | brain-state assessment and cognitive training for special-duty and defence personnel
            rescue | 应急救援人员脑力状态评估 | Mental-state assessment for emergency rescue crews | defence | safety, fnirs | 近红外, 疲劳 | 应急救援人员在高强度任务中的疲劳与脑力负荷评估 | fatigue and mental-workload assessment of rescue crews during demanding missions
            """;

    static final List<Need> ALL = Table.rows(TABLE).stream()
            .map(c -> new Need(c[0], c[1], c[2], c[3], Table.list(c[4]), Table.list(c[5]), c[6], c[7]))
            .toList();

    // domain | setting | in English
    private static final String SETTINGS = """
            medical | 人民医院神经内科 | neurology department of a people's hospital
            medical | 脑科医院 | brain hospital
            medical | 县级医院 | county hospital
            medical | 社区卫生服务中心 | community health centre
            medical | 互联网医院 | internet hospital
            rehabilitation | 康复医院 | rehabilitation hospital
            rehabilitation | 社区康复站 | community rehabilitation station
            rehabilitation | 医养结合机构 | integrated medical and care institution
            rehabilitation | 居家康复 | home rehabilitation
            elderly_care | 养老院 | care home
            elderly_care | 社区日间照料中心 | community day-care centre
            elderly_care | 居家养老 | home care
            elderly_care | 康养小镇 | wellness town
            industry | 物流园区 | logistics park
            industry | 化工园区 | chemical industrial park
            industry | 客运公司 | coach company
            industry | 稀土矿区 | rare-earth mining area
            industry | 智能制造工厂 | smart factory
            education | 中小学 | primary and secondary schools
            education | 特殊教育学校 | special-education school
            education | 职业院校 | vocational college
            education | 青少年活动中心 | youth activity centre
            defence | 应急救援基地 | emergency rescue base
            defence | 消防救援支队 | fire and rescue detachment
            defence | 训练基地 | training base
            consumer | 商业综合体 | shopping centre
            consumer | 体验店 | experience store
            consumer | 线上平台 | online platform
            consumer | 文旅景区 | tourist attraction
            """;

    private static final java.util.Map<String, String[][]> BY_DOMAIN = Table.rows(SETTINGS).stream()
            .collect(java.util.stream.Collectors.groupingBy(
                    c -> c[0],
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.mapping(
                            c -> new String[] {c[1], c[2]},
                            java.util.stream.Collectors.collectingAndThen(
                                    java.util.stream.Collectors.toList(), l -> l.toArray(String[][]::new)))));

    /** Settings of a domain, {Chinese, English}: where a need is met. */
    static String[][] settings(String domain) {
        return BY_DOMAIN.getOrDefault(domain, BY_DOMAIN.get("consumer"));
    }
}

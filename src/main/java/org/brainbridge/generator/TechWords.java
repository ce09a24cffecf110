package org.brainbridge.generator;

import java.util.List;

/** The words generated technology names are made of, and the small text helpers that go with technology names. */
final class TechWords {

    private TechWords() {}

    /** Qualifiers that narrow a technology: Chinese | English. */
    static final String[][] MODIFIERS = Table.pairs("""
            低功耗 | low-power
            高通道数 | high-channel-count
            自适应 | adaptive
            实时 | real-time
            无线 | wireless
            柔性 | flexible
            便携式 | portable
            多模态 | multimodal
            闭环 | closed-loop
            在线 | online
            个性化 | personalised
            轻量化 | lightweight
            可解释 | explainable
            高密度 | high-density
            抗干扰 | interference-resistant
            微型化 | miniaturised
            长期稳定 | long-term stable
            云端 | cloud-based
            边缘端 | edge
            低延迟 | low-latency
            高精度 | high-precision
            跨被试 | cross-subject
            无标定 | calibration-free
            国产化 | domestically produced
            智能 | intelligent
            可穿戴 | wearable
            一体化 | integrated
            """);

    /** Aspects that turn a technology into a narrower field of work: Chinese | English. */
    static final String[][] ASPECTS = Table.pairs("""
            标定方法 | calibration
            性能评测 | performance evaluation
            质量控制 | quality control
            数据标准 | data standards
            信号建模 | signal modelling
            安全性评估 | safety assessment
            临床验证 | clinical validation
            工程化 | engineering
            测试方法 | test methods
            优化算法 | optimisation
            可靠性设计 | reliability design
            人因工程 | human factors
            """);

    /** Well-known tools as sub-skills: parent skill id | name | English name | aliases. */
    static final List<String[]> TOOLS = Table.rows("""
            tech-skill-python | MNE-Python | MNE-Python | MNE, mne-python
            tech-skill-python | PyTorch | PyTorch | pytorch, torch
            tech-skill-matlab | EEGLAB | EEGLAB | eeglab
            tech-skill-matlab | FieldTrip | FieldTrip | fieldtrip
            tech-skill-pcb | Altium Designer | Altium Designer | AD, Altium
            tech-skill-fpga | Verilog/VHDL | Verilog/VHDL | Verilog, VHDL
            tech-skill-embedded | 嵌入式Linux | Embedded Linux | embedded linux
            tech-skill-embedded | 实时操作系统（RTOS） | Real-time operating systems (RTOS) | RTOS, FreeRTOS
            tech-skill-dl | Transformer模型 | Transformer models | Transformer, 注意力机制
            tech-skill-qms | ISO 14971风险管理 | ISO 14971 risk management | ISO 14971, 风险管理
            tech-skill-clinical-trial | GCP临床试验规范 | Good clinical practice (GCP) | GCP
            tech-skill-signal-processing | 小波分析 | Wavelet analysis | wavelet, 小波变换
            """);

    static String stripParenthesis(String s) {
        int cut = s.indexOf(" (");
        cut = cut < 0 ? s.indexOf('（') : cut;
        cut = cut < 0 ? s.indexOf('(') : cut;
        return cut > 0 ? s.substring(0, cut).strip() : s;
    }

    /** "Deep brain stimulation" -> "deep brain stimulation"; acronyms and names ("EEG amplifier", "P300") stay. */
    static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String firstAcronym(String aliasList) {
        for (String a : aliasList.split("\\|")) {
            String s = a.strip();
            if (s.length() >= 2
                    && s.length() <= 6
                    && s.chars().allMatch(c -> c < 128 && !Character.isWhitespace(c))
                    && s.chars().anyMatch(Character::isUpperCase)) {
                return s;
            }
        }
        return null;
    }
}

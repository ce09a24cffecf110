package org.brainbridge.generator;

import java.util.Map;

/**
 * Word lists for fictional names: brand syllables per city (old and poetic place names, the way Chinese companies
 * name themselves), brand cores, surnames and given-name characters, each with its pinyin. All combinations are
 * invented; a real name can still come out by chance, which is why every row is flagged illustrative.
 */
final class Lexicon {

    private Lexicon() {}

    /** Brand syllables by city division code: {Chinese, pinyin}. */
    static final Map<String, String[][]> CITY_SYLLABLES = Map.ofEntries(
            Map.entry(
                    "360100",
                    pairs(
                            "洪",
                            "Hong",
                            "豫章",
                            "Yuzhang",
                            "瑶湖",
                            "Yaohu",
                            "红谷",
                            "Honggu",
                            "滕阁",
                            "Tengge",
                            "昌北",
                            "Changbei",
                            "赣江",
                            "Ganjiang",
                            "洪都",
                            "Hongdu")),
            Map.entry("360200", pairs("瓷", "Ci", "昌南", "Changnan", "浮梁", "Fuliang")),
            Map.entry("360300", pairs("萍", "Ping", "武功", "Wugong", "楚萍", "Chuping")),
            Map.entry("360400", pairs("浔", "Xun", "匡庐", "Kuanglu", "湓", "Pen", "柴桑", "Chaisang")),
            Map.entry("360500", pairs("渝", "Yu", "仙湖", "Xianhu", "钤", "Qian")),
            Map.entry("360600", pairs("鹰", "Ying", "龙虎", "Longhu", "鹰城", "Yingcheng")),
            Map.entry("360700", pairs("虔", "Qian", "章贡", "Zhanggong", "赣南", "Gannan", "宋城", "Songcheng")),
            Map.entry("360800", pairs("庐陵", "Luling", "吉", "Ji", "井冈", "Jinggang")),
            Map.entry("360900", pairs("袁", "Yuan", "明月", "Mingyue", "宜", "Yi")),
            Map.entry("361000", pairs("临川", "Linchuan", "抚", "Fu", "汝", "Ru")),
            Map.entry("361100", pairs("饶", "Rao", "三清", "Sanqing", "信", "Xin")),
            Map.entry("110000", pairs("京", "Jing", "燕", "Yan")),
            Map.entry("310000", pairs("沪", "Hu", "申", "Shen")),
            Map.entry("330100", pairs("杭", "Hang", "钱塘", "Qiantang")),
            Map.entry("420100", pairs("汉", "Han", "江城", "Jiangcheng")),
            Map.entry("440100", pairs("穗", "Sui", "羊城", "Yangcheng")),
            Map.entry("440300", pairs("鹏", "Peng", "深", "Shen")));

    static final String[][] DEFAULT_SYLLABLES = pairs("赣", "Gan", "华", "Hua");

    /** First and second characters of brand cores ("念" + "康" = 念康). */
    static final String[][] CORE_FIRST = pairs(
            "念", "nian", "神", "shen", "智", "zhi", "睿", "rui", "脑", "nao", "思", "si", "觉", "jue", "灵", "ling", "启", "qi",
            "明", "ming", "星", "xing", "澜", "lan", "瀚", "han", "博", "bo", "远", "yuan", "恒", "heng", "达", "da", "信",
            "xin", "华", "hua", "云", "yun", "天", "tian", "晟", "sheng", "昊", "hao", "宸", "chen", "曦", "xi", "元", "yuan",
            "微", "wei", "芯", "xin", "脉", "mai", "诺", "nuo", "康", "kang", "禾", "he", "朗", "lang", "安", "an", "泰", "tai",
            "嘉", "jia", "卓", "zhuo", "正", "zheng", "和", "he", "易", "yi", "优", "you", "宁", "ning", "维", "wei", "拓",
            "tuo", "迈", "mai", "科", "ke", "联", "lian", "汇", "hui", "领", "ling", "极", "ji");

    static final String[][] CORE_SECOND = pairs(
            "康", "kang", "曜", "yao", "元", "yuan", "澜", "lan", "联", "lian", "图", "tu", "通", "tong", "达", "da", "析", "xi",
            "感", "gan", "创", "chuang", "途", "tu", "动", "dong", "思", "si", "源", "yuan", "行", "xing", "辰", "chen", "宇",
            "yu", "航", "hang", "泰", "tai", "恒", "heng", "瑞", "rui", "光", "guang", "医", "yi", "健", "jian", "芯", "xin",
            "电", "dian", "波", "bo", "讯", "xun", "锐", "rui", "科", "ke", "智", "zhi", "维", "wei", "盛", "sheng", "润", "run",
            "启", "qi", "灵", "ling", "捷", "jie", "驰", "chi", "安", "an", "和", "he", "信", "xin", "华", "hua", "明", "ming",
            "岚", "lan", "峰", "feng", "越", "yue", "微", "wei", "迪", "di", "特", "te");

    /** Surnames with their pinyin and a rough frequency weight (Jiangxi's common ones, 熊 涂 万 among them). */
    static final String[][] SURNAMES = {
        {"王", "wang", "7"}, {"李", "li", "7"}, {"张", "zhang", "7"}, {"刘", "liu", "6"}, {"陈", "chen", "6"},
        {"杨", "yang", "3"}, {"黄", "huang", "4"}, {"赵", "zhao", "2"}, {"吴", "wu", "4"}, {"周", "zhou", "3"},
        {"徐", "xu", "3"}, {"孙", "sun", "2"}, {"胡", "hu", "4"}, {"朱", "zhu", "2"}, {"高", "gao", "2"},
        {"林", "lin", "2"}, {"何", "he", "2"}, {"郭", "guo", "2"}, {"罗", "luo", "3"}, {"熊", "xiong", "3"},
        {"万", "wan", "2"}, {"涂", "tu", "2"}, {"邹", "zou", "2"}, {"钟", "zhong", "2"}, {"曾", "zeng", "2"},
        {"彭", "peng", "2"}, {"肖", "xiao", "2"}, {"谢", "xie", "2"}, {"邓", "deng", "2"}, {"付", "fu", "1"},
        {"程", "cheng", "1"}, {"余", "yu", "2"}, {"汪", "wang", "1"}, {"江", "jiang", "1"}, {"叶", "ye", "1"},
        {"龚", "gong", "1"}, {"傅", "fu", "1"}, {"袁", "yuan", "1"}, {"喻", "yu", "1"}, {"邱", "qiu", "1"}
    };

    static final double[] SURNAME_WEIGHTS = cumulativeOf(SURNAMES);

    static final String[][] GIVEN = pairs(
            "子", "zi", "涵", "han", "宇", "yu", "轩", "xuan", "浩", "hao", "然", "ran", "欣", "xin", "怡", "yi", "俊", "jun",
            "杰", "jie", "思", "si", "雨", "yu", "晨", "chen", "博", "bo", "文", "wen", "静", "jing", "婷", "ting", "磊", "lei",
            "鹏", "peng", "强", "qiang", "伟", "wei", "芳", "fang", "敏", "min", "丽", "li", "勇", "yong", "洋", "yang", "艳",
            "yan", "娜", "na", "涛", "tao", "明", "ming", "超", "chao", "霞", "xia", "平", "ping", "晓", "xiao", "亮", "liang",
            "建", "jian", "华", "hua", "海", "hai", "玲", "ling", "斌", "bin", "琳", "lin", "凯", "kai", "佳", "jia", "瑶",
            "yao", "睿", "rui", "泽", "ze", "航", "hang", "锦", "jin", "辰", "chen", "逸", "yi", "诗", "shi", "梦", "meng", "昊",
            "hao", "宏", "hong", "志", "zhi", "一", "yi", "可", "ke", "雅", "ya", "琪", "qi", "彤", "tong");

    static String[][] pairs(String... flat) {
        String[][] out = new String[flat.length / 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String[] {flat[2 * i], flat[2 * i + 1]};
        }
        return out;
    }

    private static double[] cumulativeOf(String[][] weighted) {
        double[] w = new double[weighted.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(weighted[i][2]);
        }
        return Rand.cumulative(w);
    }

    static String[][] syllables(String cityCode) {
        return CITY_SYLLABLES.getOrDefault(cityCode, DEFAULT_SYLLABLES);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

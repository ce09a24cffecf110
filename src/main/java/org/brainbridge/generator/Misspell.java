package org.brainbridge.generator;

import java.util.Map;

/**
 * Misspellings "in the wild", applied to a small fraction of rows so that search and matching have something
 * realistic to cope with: English typos ("rehabilitaion", "EGG" for EEG), Chinese near-homophones and look-alike
 * characters (电级 for 电极, 釆集 for 采集), two swapped characters, traditional characters in a name, and full-width
 * Latin letters and digits in a name.
 */
final class Misspell {

    private Misspell() {}

    private static final String[][] ENGLISH = Lexicon.pairs(
            "rehabilitation", "rehabilitaion",
            "EEG", "EGG",
            "electroencephalography", "electroencephelography",
            "neurofeedback", "nuerofeedback",
            "exoskeleton", "exoskeletton",
            "brain-computer interface", "brain computer interfce",
            "acquisition", "aquisition",
            "wireless", "wirless",
            "stimulation", "stimualtion",
            "Technology", "Techology",
            "monitoring", "monitering",
            "attention", "attension");

    /** Near-homophones (同音/近音字) and look-alike characters (形近字), as typed in the wild. */
    private static final String[][] CHINESE = Lexicon.pairs(
            "电极", "电级",
            "采集", "釆集",
            "监测", "监侧",
            "研制", "研治",
            "植入", "殖入",
            "训练", "训炼",
            "部署", "布署",
            "辅助", "辅肋",
            "系统", "糸统",
            "康复", "康附",
            "检测", "捡测",
            "算法", "算发");

    private static final Map<Character, Character> TRADITIONAL =
            table("脑腦机機电電医醫疗療学學经經区區县縣发發产產业業实實验驗数數据據测測检檢术術应應统統广廣东東国國华華"
                    + "贡貢赣贛乐樂兴興宁寧丰豐云雲湾灣汉漢门門开開关關书書长長车車创創网網络絡传傳设設备備处處联聯体體"
                    + "资資险險团團员員师師专專药藥卫衛护護养養儿兒动動运運态態视視觉覺听聽声聲语語练練训訓辅輔轮輪环環"
                    + "头頭带帶贴貼评評筛篩预預报報级級质質纳納导導线線无無维維图圖时時间間庐廬饶饒浔潯湖湖阳陽陵陵昌昌");

    /** Share of rows whose English description carries a typo, and of those whose Chinese one does. */
    static final double ENGLISH_RATE = 0.03;

    static final double CHINESE_RATE = 0.02;

    /** Share of organisation names written in traditional characters, and of names with full-width Latin. */
    static final double TRADITIONAL_RATE = 0.01;

    static final double FULL_WIDTH_RATE = 0.02;

    /** The descriptions of a row, {Chinese, English}, with a typo in a few of them. */
    static String[] descriptions(World world, int stream, long index, String zh, String english) {
        // A sentence ending in a name that ends in "Ltd." gets no second full stop.
        String en = english.replace("Ltd..", "Ltd.");
        Rand r = world.rand(World.MISSPELL, stream * 10_000_000L + index);
        double u = r.unit();
        if (u < ENGLISH_RATE) {
            return new String[] {zh, english(en, r)};
        }
        if (u < ENGLISH_RATE + CHINESE_RATE) {
            return new String[] {chinese(zh, r), en};
        }
        return new String[] {zh, en};
    }

    /** A name as typed by whoever entered it: now and then in traditional characters or with full-width Latin. */
    static String name(World world, int stream, long index, String name) {
        Rand r = world.rand(World.MISSPELL, stream * 10_000_000L + 5_000_000L + index);
        double u = r.unit();
        if (u < TRADITIONAL_RATE) {
            return traditional(name);
        }
        if (u < TRADITIONAL_RATE + FULL_WIDTH_RATE && hasLatin(name)) {
            return fullWidth(name);
        }
        return name;
    }

    /** One English typo, if a word it knows is in the text; the text otherwise. */
    static String english(String text, Rand rand) {
        int start = rand.below(ENGLISH.length);
        for (int k = 0; k < ENGLISH.length; k++) {
            String[] t = ENGLISH[(start + k) % ENGLISH.length];
            int at = text.indexOf(t[0]);
            if (at >= 0) {
                return text.substring(0, at) + t[1] + text.substring(at + t[0].length());
            }
        }
        return text;
    }

    /** A near-homophone, or else two adjacent Chinese characters swapped. */
    static String chinese(String text, Rand rand) {
        int start = rand.below(CHINESE.length);
        for (int k = 0; k < CHINESE.length; k++) {
            String[] t = CHINESE[(start + k) % CHINESE.length];
            int at = text.indexOf(t[0]);
            if (at >= 0) {
                return text.substring(0, at) + t[1] + text.substring(at + t[0].length());
            }
        }
        return swapped(text, rand);
    }

    /** Two adjacent Han characters swapped somewhere in the text ("康复训练" -> "康复练训"). */
    static String swapped(String text, Rand rand) {
        int n = text.length();
        if (n < 4) {
            return text;
        }
        int from = 1 + rand.below(n - 2);
        for (int k = 0; k < n - 2; k++) {
            int i = 1 + (from + k) % (n - 2);
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (a != b
                    && Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
                return text.substring(0, i) + b + a + text.substring(i + 2);
            }
        }
        return text;
    }

    /** The name in traditional characters, where the table knows them (繁体: "脑机接口" -> "腦機接口"). */
    static String traditional(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(TRADITIONAL.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** ASCII letters and digits as full-width forms ("SoC" -> "ＳｏＣ"), as some input methods type them. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '!' && c <= '~' && Character.isLetterOrDigit(c) ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Character, Character> table(String pairs) {
        java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        return Map.copyOf(map);
    }
}

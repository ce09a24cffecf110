package org.brainbridge.generator;

import java.util.HashMap;
import java.util.Map;

/** Names of institutions: universities by city syllable, affiliated hospitals by number, the rest by host and topic. */
final class InstitutionNames {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String[] ORDINALS = {
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"
    };
    private static final Map<String, String> SHORT_SUFFIX = Map.ofEntries(
            Map.entry("重点实验室", "实验室"),
            Map.entry("研究所", "所"),
            Map.entry("研究院", "研究院"),
            Map.entry("技术创新中心", "创新中心"),
            Map.entry("新兴产业创新中心", "产业创新中心"),
            Map.entry("临床医学研究中心", "临床中心"),
            Map.entry("康复中心", "康复中心"),
            Map.entry("概念验证中心", "验证中心"),
            Map.entry("中试基地", "中试基地"),
            Map.entry("检验检测中心", "检测中心"),
            Map.entry("产业公共服务平台", "服务平台"),
            Map.entry("科技成果转移转化中心", "转化中心"),
            Map.entry("实验动物平台", "动物平台"),
            Map.entry("脑科医院", "脑科"),
            Map.entry("康复医院", "康复院"),
            Map.entry("神经专科医院", "神专"),
            Map.entry("中西医结合医院", "中西医"),
            Map.entry("精神卫生医院", "精卫"));
    private static final String[][] HOSPITAL_TYPES = Lexicon.pairs(
            "脑科",
            "Brain",
            "康复",
            "Rehabilitation",
            "神经专科",
            "Neurology",
            "中西医结合",
            "Integrated Medicine",
            "精神卫生",
            "Mental Health");

    private final World world;
    private final InstitutionPlan plan;
    private final Map<Integer, Integer> affiliatedPerHost = new HashMap<>();

    InstitutionNames(World world, InstitutionPlan plan) {
        this.world = world;
        this.plan = plan;
    }

    void university(int i, Rand r, String[] type) {
        String[][] syllables =
                Lexicon.syllables(world.regions.city(plan.place[i]).code());
        for (int attempt = 0; ; attempt++) {
            String[] syl = r.pick(syllables);
            String[] extra = attempt < 6 ? new String[] {"", ""} : r.pick(Lexicon.CORE_FIRST);
            String name = syl[0] + extra[0] + type[0];
            if (world.claim(name)) {
                String prefix = syl[1] + extra[1];
                set(i, name, prefix + " " + type[1], syl[0] + extra[0] + abbreviation(type[0]));
                return;
            }
        }
    }

    void affiliatedHospital(int i, Rand r) {
        int host = plan.host[i];
        int k = affiliatedPerHost.merge(host, 1, Integer::sum);
        String numeral = k <= 10 ? String.valueOf(NUMERALS.charAt(k - 1)) : Integer.toString(k);
        String ordinal = k <= 10 ? ORDINALS[k - 1] : k + "th";
        String name = plan.zh[host] + "附属第" + numeral + "医院";
        world.claim(name);
        set(
                i,
                name,
                "The " + ordinal + " Affiliated Hospital of " + plan.en[host],
                plan.shortName[host] + numeral + "附院");
    }

    void hosted(int i, Rand r, String[] category) {
        String[] topic = InstitutionPlan.TOPICS[plan.topic[i]];
        String suffix = category[4];
        String pattern = category[5];
        if (suffix.equals("医院")) {
            String[] type = r.pick(HOSPITAL_TYPES);
            suffix = type[0] + "医院";
            pattern = type[1] + " Hospital";
        }
        String topicZh = suffix.endsWith("医院") ? "" : topic[0];
        String topicEn = topic[1];
        if (suffix.equals("康复中心") && topicZh.contains("康复")) {
            suffix = "中心";
            pattern = "%s Centre";
        }
        int host = plan.host[i];
        for (int attempt = 0; ; attempt++) {
            String prefixZh;
            String prefixEn;
            String shortPrefix;
            if (host >= 0 && attempt == 0) {
                prefixZh = plan.zh[host];
                prefixEn = plan.en[host];
                shortPrefix = plan.shortName[host];
            } else if (host < -1 && attempt == 0) {
                int e = -host - 2;
                prefixZh = world.enterprises.brand[e];
                prefixEn = world.enterprises.brandEn[e];
                shortPrefix = prefixZh;
            } else {
                String[] syl = r.pick(
                        Lexicon.syllables(world.regions.city(plan.place[i]).code()));
                String[] core =
                        attempt < 3 && !suffix.endsWith("医院") ? new String[] {"", ""} : r.pick(Lexicon.CORE_FIRST);
                String[] core2 = attempt < 12 ? new String[] {"", ""} : r.pick(Lexicon.CORE_SECOND);
                prefixZh = syl[0] + core[0] + core2[0];
                prefixEn = syl[1] + (core[1].isEmpty() ? "" : " " + Lexicon.capitalise(core[1] + core2[1]));
                shortPrefix = prefixZh;
            }
            String name = prefixZh + topicZh + suffix;
            if (world.claim(name)) {
                String nameEn = pattern.contains("%s")
                        ? pattern.formatted(topicEn) + ", " + prefixEn
                        : prefixEn + " " + pattern;
                if (host >= 0 && attempt == 0 && pattern.startsWith("%s")) {
                    nameEn = prefixEn + " " + pattern.formatted(topicEn);
                }
                String shortSuffix = SHORT_SUFFIX.getOrDefault(suffix, suffix);
                set(
                        i,
                        name,
                        nameEn,
                        shortPrefix + (topicZh.length() > 2 ? topicZh.substring(0, 2) : topicZh) + shortSuffix);
                return;
            }
        }
    }

    private void set(int i, String name, String nameEn, String shortName) {
        plan.zh[i] = Misspell.name(world, World.INSTITUTION, i, name);
        plan.en[i] = nameEn;
        plan.shortName[i] = shortName;
    }

    private static String abbreviation(String type) {
        return switch (type) {
            case "科技大学" -> "科大";
            case "医科大学" -> "医大";
            case "理工大学" -> "理工";
            case "师范大学" -> "师大";
            case "职业技术学院" -> "职院";
            default -> "大";
        };
    }
}

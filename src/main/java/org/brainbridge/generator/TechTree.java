package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.RelType;

/**
 * The technology taxonomy the generated actors use: the curated terms plus generated sub-technologies hung under
 * them (and under each other) by preferential attachment, so a few branches grow bushy, down to depth 6 (the root
 * is depth 1). Generated terms get bilingual names built from their parent ("低功耗" + "神经信号采集芯片"), an alias,
 * the parent's chain segment, and, under skills, well-known tool names as sub-skills.
 */
final class TechTree {

    static final int MAX_DEPTH = 6;
    private static final int STREAM = 1;

    final List<String> id = new ArrayList<>();
    final List<String> zh = new ArrayList<>();
    final List<String> en = new ArrayList<>();
    /** Chinese names without a bracketed abbreviation ("脑电", not "脑电（EEG）"), for running text. */
    final List<String> plain = new ArrayList<>();

    final List<String> aliases = new ArrayList<>();
    final List<String> segment = new ArrayList<>();
    final List<Integer> parent = new ArrayList<>();
    final List<Integer> depth = new ArrayList<>();
    final List<Boolean> skill = new ArrayList<>();
    /** How a term was made: 0 curated (or a tool), 1 modifier + parent, 2 parent + aspect, 3 both. */
    private final List<Integer> form = new ArrayList<>();

    final int curated;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    TechTree(Taxonomy taxonomy, int generated, long seed) {
        for (Taxonomy.Tech t : taxonomy.techs) {
            add(t.id(), t.name(), t.nameEn(), t.aliases(), -1, t.skill());
        }
        curated = id.size();
        for (int i = 0; i < curated; i++) {
            String p = taxonomy.techs.get(i).parent();
            parent.set(i, p == null || !byId.containsKey(p) ? -1 : byId.get(p));
        }
        for (int i = 0; i < curated; i++) {
            depth.set(i, depthOf(i));
            segment.set(i, segmentOf(i, taxonomy.techSegment));
        }
        Rand rand = Rand.of(seed, STREAM, 0);
        for (String[] tool : TechWords.TOOLS) {
            Integer p = byId.get(tool[0]);
            if (p != null && id.size() - curated < generated) {
                grow(p, tool[1], tool[2], String.join("|", Table.list(tool[3])), true);
            }
        }
        // Preferential attachment: a term is in the bag once, plus once per child it got, so bushy branches grow.
        List<Integer> bag = new ArrayList<>();
        for (int i = 0; i < curated; i++) {
            if (parent.get(i) >= 0 && !inSkillTree(i) && depth.get(i) < MAX_DEPTH) {
                bag.add(i);
            }
        }
        for (int attempt = 0;
                id.size() - curated < generated && attempt < generated * 20 && !bag.isEmpty();
                attempt++) {
            int p = bag.get(rand.below(bag.size()));
            String[] name = childName(p, rand);
            if (name == null) {
                continue;
            }
            int child = grow(p, name[0], name[1], name[2], false);
            form.set(child, Integer.parseInt(name[3]));
            bag.add(p);
            if (depth.get(child) < MAX_DEPTH && form.get(child) < 3) {
                bag.add(child);
            }
        }
    }

    private int add(String techId, String name, String nameEn, String alias, int parentIndex, boolean isSkill) {
        byId.put(techId, id.size());
        names.add(name);
        id.add(techId);
        zh.add(name);
        plain.add(TechWords.stripParenthesis(name));
        en.add(nameEn);
        aliases.add(alias == null ? "" : alias);
        parent.add(parentIndex);
        depth.add(1);
        segment.add(null);
        skill.add(isSkill);
        form.add(0);
        return id.size() - 1;
    }

    private int grow(int p, String name, String nameEn, String alias, boolean isSkill) {
        int n = id.size() - curated + 1;
        int child = add("tech-gen-" + String.format(Locale.ROOT, "%05d", n), name, nameEn, alias, p, isSkill);
        depth.set(child, depth.get(p) + 1);
        segment.set(child, segment.get(p));
        return child;
    }

    /**
     * {name, English name, alias, form} of a new child of p, or null when the draw gives a name that exists already.
     * A curated term gets a qualifier in front, an aspect behind, or both; a generated one only the part it lacks
     * ("低功耗神经信号采集芯片" -> "低功耗神经信号采集芯片标定方法"), so names never pile up qualifiers.
     */
    private String[] childName(int p, Rand rand) {
        String[] mod = rand.pick(TechWords.MODIFIERS);
        String[] aspect = rand.pick(TechWords.ASPECTS);
        int parentForm = form.get(p);
        int childForm = switch (parentForm) {
            case 0 -> {
                int f = rand.below(20);
                yield f < 12 ? 1 : f < 17 ? 2 : 3;
            }
            case 1 -> 3;
            case 2 -> 3;
            default -> -1;
        };
        boolean withModifier = parentForm != 1 && (childForm == 1 || childForm == 3);
        boolean withAspect = parentForm != 2 && (childForm == 2 || childForm == 3);
        String baseZh = parentForm == 0 ? TechWords.stripParenthesis(zh.get(p)) : zh.get(p);
        if (childForm < 0 || withModifier && baseZh.contains(mod[0]) || withAspect && baseZh.contains(aspect[0])) {
            return null;
        }
        String name = (withModifier ? mod[0] : "") + baseZh + (withAspect ? aspect[0] : "");
        if (!names.add(name)) {
            return null;
        }
        String baseEn = parentForm == 0
                ? TechWords.lowerFirst(TechWords.stripParenthesis(en.get(p)))
                : TechWords.lowerFirst(en.get(p));
        String nameEn =
                Lexicon.capitalise((withModifier ? mod[1] + " " : "") + baseEn + (withAspect ? " " + aspect[1] : ""));
        String base = parentForm == 0 ? TechWords.firstAcronym(aliases.get(p)) : aliases.get(p);
        String alias = base == null || base.isEmpty()
                ? ""
                : (withModifier ? mod[1] + " " : "") + base + (withAspect ? " " + aspect[1] : "");
        return new String[] {name, nameEn, alias, Integer.toString(childForm)};
    }

    private int depthOf(int i) {
        int d = 1;
        for (int p = parent.get(i); p >= 0 && d < 64; p = parent.get(p)) {
            d++;
        }
        return d;
    }

    private String segmentOf(int i, Map<String, String> techSegment) {
        for (int t = i, guard = 0; t >= 0 && guard < 64; t = parent.get(t), guard++) {
            String s = techSegment.get(id.get(t));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * A term of the skills tree (the curated "专业技能" branch, whose terms are mostly skills): generated domain
     * sub-technologies are not hung there. A skill inside the domain tree (脑电信号处理) does not make it one.
     */
    boolean inSkillTree(int i) {
        int root = rootOf(i);
        int skills = 0;
        int terms = 0;
        for (int t = 0; t < curated; t++) {
            if (rootOf(t) == root) {
                terms++;
                skills += skill.get(t) ? 1 : 0;
            }
        }
        return skills * 2 > terms;
    }

    private int rootOf(int i) {
        int r = i;
        while (parent.get(r) >= 0) {
            r = parent.get(r);
        }
        return r;
    }

    int size() {
        return id.size();
    }

    int generated() {
        return id.size() - curated;
    }

    Integer index(String techId) {
        return byId.get(techId);
    }

    /** Name, English name and aliases in lower case, for keyword matching. */
    String text(int i) {
        return (zh.get(i) + " " + en.get(i) + " " + aliases.get(i)).toLowerCase(Locale.ROOT);
    }

    void write(Output out) {
        try (Output.NodeFile file = out.nodes(NodeKind.TECHNOLOGY, "aliases", "skill")) {
            for (int i = curated; i < size(); i++) {
                int p = parent.get(i);
                boolean tool = skill.get(i);
                String description = tool
                        ? zh.get(i) + "是" + zh.get(p) + "方向的常用工具。"
                        : zh.get(i) + "是" + TechWords.stripParenthesis(zh.get(p)) + "的细分方向。";
                String descriptionEn = tool
                        ? en.get(i) + ": a common tool of " + en.get(p) + "."
                        : en.get(i) + ": a narrower field of " + TechWords.lowerFirst(en.get(p)) + ".";
                file.row(id.get(i), zh.get(i), en.get(i), description, descriptionEn)
                        .cell(aliases.get(i))
                        .cell(skill.get(i))
                        .end();
            }
        }
        for (int i = curated; i < size(); i++) {
            out.edge(RelType.BROADER, id.get(i), id.get(parent.get(i)));
            if (segment.get(i) != null) {
                out.edge(RelType.IN_SEGMENT, id.get(i), segment.get(i));
            }
        }
    }
}

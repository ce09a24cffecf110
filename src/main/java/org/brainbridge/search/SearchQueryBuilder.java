package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.brainbridge.graph.model.NodeKind;

/**
 * Builds the Lucene query for what a person typed. Each word may match, in falling order of weight: a whole name
 * exactly, name words, name bigrams, name pinyin, the node's texts, its neighbours' names, and (for Latin words)
 * names and texts within an edit distance. Kind words (「企业」, "hospital") prefer that kind instead of demanding
 * the word. Better connected and more complete profiles get a small, saturating lift.
 */
final class SearchQueryBuilder {

    static final Map<String, NodeKind> KIND_WORDS = Map.ofEntries(
            Map.entry("企业", NodeKind.ENTERPRISE),
            Map.entry("公司", NodeKind.ENTERPRISE),
            Map.entry("company", NodeKind.ENTERPRISE),
            Map.entry("companies", NodeKind.ENTERPRISE),
            Map.entry("enterprise", NodeKind.ENTERPRISE),
            Map.entry("enterprises", NodeKind.ENTERPRISE),
            Map.entry("机构", NodeKind.INSTITUTION),
            Map.entry("医院", NodeKind.INSTITUTION),
            Map.entry("高校", NodeKind.INSTITUTION),
            Map.entry("大学", NodeKind.INSTITUTION),
            Map.entry("实验室", NodeKind.INSTITUTION),
            Map.entry("hospital", NodeKind.INSTITUTION),
            Map.entry("university", NodeKind.INSTITUTION),
            Map.entry("lab", NodeKind.INSTITUTION),
            Map.entry("人才", NodeKind.TALENT),
            Map.entry("专家", NodeKind.TALENT),
            Map.entry("talent", NodeKind.TALENT),
            Map.entry("投资", NodeKind.INVESTOR),
            Map.entry("基金", NodeKind.INVESTOR),
            Map.entry("投资机构", NodeKind.INVESTOR),
            Map.entry("investor", NodeKind.INVESTOR),
            Map.entry("fund", NodeKind.INVESTOR),
            Map.entry("项目", NodeKind.PROJECT),
            Map.entry("project", NodeKind.PROJECT),
            Map.entry("专利", NodeKind.PATENT),
            Map.entry("patent", NodeKind.PATENT),
            Map.entry("产品", NodeKind.PRODUCT),
            Map.entry("product", NodeKind.PRODUCT),
            Map.entry("场景", NodeKind.SCENARIO),
            Map.entry("scenario", NodeKind.SCENARIO),
            Map.entry("岗位", NodeKind.POSITION),
            Map.entry("职位", NodeKind.POSITION),
            Map.entry("job", NodeKind.POSITION),
            Map.entry("数据集", NodeKind.DATASET),
            Map.entry("dataset", NodeKind.DATASET),
            Map.entry("措施", NodeKind.MEASURE),
            Map.entry("measure", NodeKind.MEASURE),
            Map.entry("政策", NodeKind.POLICY),
            Map.entry("policy", NodeKind.POLICY));

    private static final float EXACT = 12f;
    private static final float NAME = 4f;
    private static final float BIGRAM = 2.5f;
    private static final float PINYIN = 2f;
    private static final float TEXT = 1f;
    private static final float NEIGHBOURS = 0.6f;
    private static final float FUZZY = 0.4f;

    private final QueryBuilder builder;

    SearchQueryBuilder(Analyzer perField) {
        this.builder = new QueryBuilder(perField);
    }

    /**
     * The scoring part of the query (also what highlighting uses); null when nothing scorable was typed. Kind words
     * next to other words become a kind filter (「南昌 康复 企业」 means enterprises), region names a strong
     * preference for that region rather than a word every document must contain.
     */
    Query text(QueryText text, Map<String, String> regions) {
        return text(text, regions, false);
    }

    /** With {@code strict}, every typed word must match (the first try); without, all but one from three words on. */
    Query text(QueryText text, Map<String, String> regions, boolean strict) {
        List<Query> required = new ArrayList<>();
        List<Query> preferences = new ArrayList<>();
        boolean several = text.words().size() + text.phrases().size() > 1;
        if (several) {
            // "Exact name first" means the whole query is a name, not that one of its words is (「EEG 头环」 should not
            // put the technology named EEG on top).
            preferences.add(new BoostQuery(
                    new TermQuery(
                            new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(String.join(" ", text.words())))),
                    EXACT));
        }
        for (String word : text.words()) {
            String folded = word.toLowerCase(Locale.ROOT);
            String region = regions.get(folded);
            if (several && KIND_WORDS.containsKey(folded)) {
                continue;
            }
            if (several && region != null) {
                preferences.add(new BoostQuery(new TermQuery(new Term(SearchFields.REGION, region)), 6f));
                continue;
            }
            required.add(word(word, true, !several));
        }
        for (String phrase : text.phrases()) {
            required.add(phrase(phrase, !several));
        }
        if (required.isEmpty() && preferences.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        required.forEach(q -> query.add(q, Occur.SHOULD));
        preferences.forEach(q -> query.add(q, Occur.SHOULD));
        query.setMinimumNumberShouldMatch(
                required.isEmpty() ? 1 : strict ? required.size() : minimumShouldMatch(required.size()));
        return query.build();
    }

    /** Kinds named by kind words among other words. */
    static List<String> kindsNamed(QueryText text) {
        if (text.words().size() + text.phrases().size() < 2) {
            return List.of();
        }
        return text.words().stream()
                .map(w -> KIND_WORDS.get(w.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .map(Enum::name)
                .distinct()
                .toList();
    }

    /** The full query: text, exclusions, filters and ranking features. */
    Query build(QueryText text, List<Query> filters, Map<String, String> regions, boolean strict) {
        Query scoring = text(text, regions, strict);
        List<Query> allFilters = new ArrayList<>(filters);
        List<String> kinds = kindsNamed(text);
        if (!kinds.isEmpty()) {
            allFilters.add(filter(SearchFields.KIND, kinds));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (scoring == null) {
            if (allFilters.isEmpty()) {
                return new MatchNoDocsQuery("nothing typed and no filter");
            }
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(scoring, Occur.MUST);
        }
        for (String excluded : text.excluded()) {
            query.add(word(excluded, false, false), Occur.MUST_NOT);
        }
        allFilters.forEach(f -> query.add(f, Occur.FILTER));
        query.add(FeatureField.newSaturationQuery(SearchFields.FEATURES, "degree", 0.4f, 8f), Occur.SHOULD);
        query.add(FeatureField.newSaturationQuery(SearchFields.FEATURES, "completeness", 0.3f, 0.5f), Occur.SHOULD);
        return query.build();
    }

    static Query filter(String dimension, List<String> values) {
        return new TermInSetQuery(dimension, values.stream().map(BytesRef::new).toList());
    }

    private static int minimumShouldMatch(int clauses) {
        return clauses <= 2 ? Math.min(clauses, 1) : clauses - 1;
    }

    private Query word(String word, boolean fuzzy, boolean wholeQuery) {
        List<Query> alternatives = new ArrayList<>();
        if (wholeQuery) {
            alternatives.add(
                    new BoostQuery(new TermQuery(new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(word))), EXACT));
        }
        add(alternatives, builder.createBooleanQuery(SearchFields.NAME, word, Occur.MUST), NAME);
        add(alternatives, builder.createBooleanQuery(SearchFields.NAME_BIGRAM, word, Occur.MUST), BIGRAM);
        add(alternatives, builder.createBooleanQuery(SearchFields.NAME_PINYIN, word, Occur.MUST), PINYIN);
        add(alternatives, builder.createBooleanQuery(SearchFields.TEXT, word, Occur.MUST), TEXT);
        add(alternatives, builder.createBooleanQuery(SearchFields.NEIGHBOURS, word, Occur.MUST), NEIGHBOURS);
        if (fuzzy && isLatin(word) && word.length() >= 4) {
            String term = word.toLowerCase(Locale.ROOT);
            int edits = term.length() >= 7 ? 2 : 1;
            for (String field : List.of(SearchFields.NAME, SearchFields.TEXT)) {
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1, 20, true), FUZZY));
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query phrase(String phrase, boolean wholeQuery) {
        List<Query> alternatives = new ArrayList<>();
        if (wholeQuery) {
            alternatives.add(new BoostQuery(
                    new TermQuery(new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(phrase))), EXACT));
        }
        add(alternatives, builder.createPhraseQuery(SearchFields.NAME, phrase), NAME);
        add(alternatives, builder.createPhraseQuery(SearchFields.NAME_BIGRAM, phrase), BIGRAM);
        add(alternatives, builder.createPhraseQuery(SearchFields.TEXT, phrase), TEXT);
        add(alternatives, builder.createPhraseQuery(SearchFields.NEIGHBOURS, phrase), NEIGHBOURS);
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /** An alternative that analyses into more terms than this is left out: it would not add precision, only cost. */
    static final int MAX_TERMS_PER_ALTERNATIVE = 128;

    private static void add(List<Query> alternatives, Query query, float boost) {
        if (query != null && terms(query) <= MAX_TERMS_PER_ALTERNATIVE) {
            alternatives.add(new BoostQuery(query, boost));
        }
    }

    private static int terms(Query query) {
        java.util.Set<Term> terms = new java.util.HashSet<>();
        query.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
        return terms.size();
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x250);
    }
}

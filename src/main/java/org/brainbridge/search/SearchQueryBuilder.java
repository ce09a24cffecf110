package org.brainbridge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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
    private static final float EXACT = 12f;
    private static final float NAME = 4f;
    private static final float BIGRAM = 2.5f;
    private static final float PINYIN = 2f;
    private static final float TEXT = 1f;
    private static final float NEIGHBOURS = 0.6f;
    private static final float FUZZY = 0.4f;
    /** A word that also matches in other fields than its best one (name and topics and text) counts a little more. */
    private static final float TIE = 0.3f;

    private static final float TOPICS = 1f;
    private static final float SYLLABLES = 2f;
    private static final float HOMOPHONES = 1.5f;
    /** Larger than any text score: hits in a region the query names come first, ranked by text among themselves. */
    private static final float REGION_FIRST = 1_000f;

    private final QueryBuilder builder;

    private final Spellings spellings;

    private final java.util.function.Function<String, List<String>> soundsLike;

    private final java.util.function.Function<String, Concept> conceptOf;

    /** Kind words, folded: next to other words they name the kind to narrow to (kind-words.txt). */
    private final Map<String, NodeKind> kindWords;

    /**
     * The builder of the service, from the analysis: the query analyzers; the known Latin words (a word not among them
     * may be a misspelling of one); the domain words that sound like a typed word (a homophone typed by mistake, or
     * pinyin); the concept of a word typed as a whole synonym form (EEG → ≡脑电), searched instead of each of its
     * forms in names, texts, neighbours' names and topics; and the kind words.
     */
    SearchQueryBuilder(SearchAnalysis analysis) {
        this.spellings = new Spellings(analysis.vocabulary());
        this.soundsLike = analysis::soundsLike;
        this.conceptOf = analysis::concept;
        this.kindWords = analysis.kindWords();
        this.builder = new ConceptQueryBuilder(analysis.querying());
    }

    /**
     * The scoring part of the query (also what highlighting uses); null when nothing scorable was typed. Kind words
     * next to other words become a kind filter (「南昌 康复 企业」 means enterprises), region names a strong
     * preference for that region rather than a word every document must contain.
     */
    Query text(QueryText text, Map<String, List<String>> regions) {
        return text(text, regions, false);
    }

    /** With {@code strict}, every typed word must match (the first try); without, all but one from three words on. */
    Query text(QueryText text, Map<String, List<String>> regions, boolean strict) {
        List<Query> required = new ArrayList<>();
        List<Query> preferences = new ArrayList<>();
        List<Query> namedConcepts = new ArrayList<>();
        List<String> concepts = concepts(text.words());
        boolean several = concepts.size() + text.phrases().size() > 1;
        if (several) {
            // "Exact name first" means the whole query is a name, not that one of its words is (「EEG 头环」 should not
            // put the technology named EEG on top).
            preferences.add(new BoostQuery(
                    new TermQuery(
                            new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(String.join(" ", text.words())))),
                    EXACT));
        }
        for (String word : concepts) {
            String folded = word.toLowerCase(Locale.ROOT);
            List<String> region = regions.get(folded);
            if (several && kindWords.containsKey(SearchAnalysis.fold(word))) {
                continue;
            }
            if (several && region != null) {
                preferences.add(
                        new BoostQuery(new ConstantScoreQuery(filter(SearchFields.REGION, region)), REGION_FIRST));
                continue;
            }
            required.add(concept(word, !several));
            if (several) {
                namedConcepts.add(namedConcept(word));
            }
        }
        for (String phrase : text.phrases()) {
            required.add(phrase(phrase, !several));
        }
        if (required.isEmpty() && preferences.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        preferences.forEach(q -> query.add(q, Occur.SHOULD));
        if (required.isEmpty()) {
            // Only a region (and kind words) typed: the region's own nodes are the answer.
            return query.setMinimumNumberShouldMatch(1).build();
        }
        // The words are counted apart from the preferences: a node in the named region that matches none of the
        // words must not pass for one that matches a word (「南昌 植入式」 is not every Nanchang node).
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        required.forEach(q -> words.add(q, Occur.SHOULD));
        words.setMinimumNumberShouldMatch(strict ? required.size() : minimumShouldMatch(required.size()));
        Query matching = words.build();
        if (!namedConcepts.isEmpty()) {
            // The technology or chain segment named exactly one of the typed concepts answers too, below the nodes
            // that have every word (「SSVEP 识别」: the SSVEP technology itself has no 识别).
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(matching, Occur.SHOULD);
            namedConcepts.forEach(q -> either.add(q, Occur.SHOULD));
            matching = either.build();
        }
        if (preferences.isEmpty()) {
            return matching;
        }
        return query.add(matching, Occur.MUST).build();
    }

    /** Score of a vocabulary node named exactly one typed concept: about a one-word match in names. */
    private static final float NAMED_CONCEPT = 15f;

    private static Query namedConcept(String concept) {
        return new BoostQuery(
                new ConstantScoreQuery(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(concept))), Occur.MUST)
                        .add(
                                filter(
                                        SearchFields.KIND,
                                        KindPrior.VOCABULARY.stream()
                                                .map(Enum::name)
                                                .toList()),
                                Occur.FILTER)
                        .build()),
                NAMED_CONCEPT);
    }

    /**
     * The typed words grouped into concepts: adjacent words that together are one entry of the synonym file ("brain
     * computer interface", "transcranial magnetic stimulation") are one concept, matched through that entry's
     * synonyms instead of word by word; the longest such group wins, left to right.
     */
    List<String> concepts(List<String> typed) {
        List<String> words = typed.stream().map(spellings::best).toList();
        List<String> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i + 1;
            for (int j = Math.min(words.size(), i + MAX_CONCEPT_WORDS); j > i + 1; j--) {
                if (isSynonymEntry(String.join(" ", words.subList(i, j))) || spelledInPinyin(typed.subList(i, j))) {
                    end = j;
                    break;
                }
            }
            // A word on its own stays as typed (its own query tries the corrections); a group is its known spelling.
            concepts.add(end == i + 1 ? typed.get(i) : String.join(" ", words.subList(i, end)));
            i = end;
        }
        return concepts;
    }

    static final int MAX_CONCEPT_WORDS = 5;

    /** Latin words that together spell a domain word in pinyin ("shenjing tiaokong" for 神经调控). */
    private boolean spelledInPinyin(List<String> words) {
        return words.stream().allMatch(SearchQueryBuilder::isLatin)
                && !soundsLike.apply(String.join(" ", words)).isEmpty();
    }

    /** True when the query analyzer's synonyms rewrite the whole text as one unit. */
    private boolean isSynonymEntry(String text) {
        try (TokenStream stream = builder.getAnalyzer().tokenStream(SearchFields.TEXT, text)) {
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            boolean whole = false;
            while (stream.incrementToken()) {
                whole |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())
                        && offset.startOffset() == 0
                        && offset.endOffset() == text.length();
            }
            stream.end();
            return whole;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Kinds named by kind words among other words (a word inside a concept is not a kind word). */
    List<String> kindsNamed(QueryText text) {
        List<String> concepts = concepts(text.words());
        if (concepts.size() + text.phrases().size() < 2) {
            return List.of();
        }
        return concepts.stream()
                .map(w -> kindWords.get(SearchAnalysis.fold(w)))
                .filter(java.util.Objects::nonNull)
                .map(Enum::name)
                .distinct()
                .toList();
    }

    /** The full query: text, exclusions, filters and ranking features. */
    Query build(QueryText text, List<Query> filters, Map<String, List<String>> regions, boolean strict) {
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
        return KindPrior.apply(query.build(), text);
    }

    static Query filter(String dimension, List<String> values) {
        return new TermInSetQuery(dimension, values.stream().map(BytesRef::new).toList());
    }

    private static int minimumShouldMatch(int clauses) {
        return clauses <= 2 ? Math.min(clauses, 1) : clauses - 1;
    }

    /**
     * A concept of several words matches as the synonym entry it is (BCI, 脑机接口 for "brain computer interface") or
     * word by word, whichever scores better.
     */
    private Query concept(String concept, boolean wholeQuery) {
        if (concept.indexOf(' ') < 0) {
            return word(concept, true, wholeQuery);
        }
        BooleanQuery.Builder eachWord = new BooleanQuery.Builder();
        for (String word : concept.split(" ")) {
            eachWord.add(word(word, true, false), Occur.MUST);
        }
        return new DisjunctionMaxQuery(List.of(word(concept, false, wholeQuery), eachWord.build()), 0f);
    }

    private Query word(String word, boolean fuzzy, boolean wholeQuery) {
        // A domain word that sounds the same: a homophone typed by mistake (柔性电级) or the word in pinyin.
        List<String> sounds = soundsLike.apply(word);
        // Latin letters that spell a domain word in pinyin (kangfu) are that word, not a misspelling of another.
        boolean typo = fuzzy && sounds.isEmpty();
        List<String> meant = new ArrayList<>(typo ? spellings.of(word) : List.of());
        meant.addAll(sounds);
        if (meant.isEmpty()) {
            return typedWord(word, typo, wholeQuery);
        }
        // The word as typed, or what it is probably a misspelling of (with its synonyms), slightly behind.
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(typedWord(word, typo, wholeQuery));
        for (String spelling : meant) {
            // A word that sounds like the typed one has its syllables: the typed word's syllable phrase finds them.
            boolean homophone = sounds.contains(spelling);
            alternatives.add(new BoostQuery(typedWord(spelling, false, wholeQuery, !homophone), CORRECTED));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private Query typedWord(String word, boolean fuzzy, boolean wholeQuery) {
        return typedWord(word, fuzzy, wholeQuery, true);
    }

    private static final float CORRECTED = 0.8f;

    private Query typedWord(String word, boolean fuzzy, boolean wholeQuery, boolean syllables) {
        List<Query> alternatives = new ArrayList<>();
        if (wholeQuery) {
            alternatives.add(
                    new BoostQuery(new TermQuery(new Term(SearchFields.NAME_EXACT, SearchAnalysis.fold(word))), EXACT));
        }
        Concept concept = conceptOf.apply(word);
        add(alternatives, wordIn(SearchFields.NAME, word, concept), NAME);
        add(alternatives, builder.createBooleanQuery(SearchFields.NAME_BIGRAM, word, Occur.MUST), BIGRAM);
        if (isLatin(word)) {
            // Pinyin typed as such. A word typed in Chinese would become its syllables and initials here, which match
            // any name with those sounds in any order (脑电采集 → nao, dian, ji: every 脑…科技); its homophones are
            // found in order by the syllable phrase below.
            add(alternatives, builder.createBooleanQuery(SearchFields.NAME_PINYIN, word, Occur.MUST), PINYIN);
        }
        add(alternatives, wordIn(SearchFields.TEXT, word, concept), TEXT);
        add(alternatives, wordIn(SearchFields.NEIGHBOURS, word, concept), NEIGHBOURS);
        add(alternatives, wordIn(SearchFields.TOPICS, word, concept), TOPICS);
        if (syllables) {
            add(
                    alternatives,
                    builder.createPhraseQuery(SearchFields.NAME_SYLLABLES, word),
                    isLatin(word) ? SYLLABLES : HOMOPHONES);
        }
        if (fuzzy && isLatin(word) && word.length() >= 4) {
            String term = word.toLowerCase(Locale.ROOT);
            int edits = term.length() >= 7 ? 2 : 1;
            for (String field : List.of(SearchFields.NAME, SearchFields.TEXT)) {
                alternatives.add(new BoostQuery(new TypoQuery(new Term(field, term), edits), FUZZY));
            }
        }
        return new TieMaxQuery(alternatives, TIE);
    }

    /**
     * A word in one of the fields the text analyzer serves: a whole synonym form as its concept's term (one postings
     * list for all its forms), anything else through the synonym graph.
     */
    private Query wordIn(String field, String word, Concept concept) {
        if (concept.isEmpty()) {
            return builder.createBooleanQuery(field, word, Occur.MUST);
        }
        List<Query> alternatives = new ArrayList<>();
        concept.terms().forEach(c -> alternatives.add(new TermQuery(new Term(field, c))));
        if (!concept.parts().isEmpty() && !ConceptQueryBuilder.PARTS_DROPPED_IN.contains(field)) {
            BooleanQuery.Builder parts = new BooleanQuery.Builder();
            concept.parts().forEach(p -> parts.add(new TermQuery(new Term(field, p)), Occur.MUST));
            alternatives.add(parts.build());
        }
        return alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f);
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
        add(alternatives, builder.createPhraseQuery(SearchFields.TOPICS, phrase), TOPICS);
        add(
                alternatives,
                builder.createPhraseQuery(SearchFields.NAME_SYLLABLES, phrase),
                isLatin(phrase) ? SYLLABLES : HOMOPHONES);
        return new TieMaxQuery(alternatives, TIE);
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

    static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x250);
    }
}

package org.brainbridge.search;

/**
 * Field names of the search index, in one place for the mapper, the query builder and the highlighter. The four text
 * fields (names, texts, neighbours, topics) also hold a concept token on every synonym form ({@code ≡脑电}; see
 * {@code analysis.Concepts}).
 */
final class SearchFields {

    /** The node id: stored, exact. */
    static final String ID = "id";
    /** The node kind: exact, faceted. */
    static final String KIND = "kind";
    /** The display name (a talent's headline, never a person's name): stored, for hits and suggestions. */
    static final String DISPLAY = "display";
    /** Names, short names, English names, aliases: analysed for words. Stored for highlighting. */
    static final String NAME = "name";
    /** The same names as CJK character bigrams: unknown company names and short forms match. */
    static final String NAME_BIGRAM = "name_bigram";
    /** The same names in pinyin: full, per syllable and initials. */
    static final String NAME_PINYIN = "name_pinyin";
    /** The same names as one position per pinyin syllable: pinyin phrases match consecutive characters. */
    static final String NAME_SYLLABLES = "name_syllables";
    /** Names normalised whole (folded case and width): exact-name matches rank first. */
    static final String NAME_EXACT = "name_exact";
    /** Descriptions and other texts of the node. Stored for highlighting. */
    static final String TEXT = "text";
    /** Names of important neighbours (technologies, region and its ancestors, segments, scenarios, affiliations). */
    static final String NEIGHBOURS = "neighbours";
    /**
     * What a node is about: names of its technologies and chain segments and of their broader ones (an enterprise
     * focused on tACS is about neuromodulation).
     */
    static final String TOPICS = "topics";
    /** Prefixes for suggestions while typing: of names and their words, of pinyin and initials, normalised. */
    static final String SUGGEST = "suggest";
    /** How complete the profile is, 0 to 1 (float doc value): a ranking feature (see {@code ProfileFeatures}). */
    static final String COMPLETENESS = "completeness";
    /** How much a hit of the node's kind counts (see {@code KindPrior.KIND_PRIOR}): a float doc value. */
    static final String PRIOR = "prior";
    /** The number of relationships (numeric doc value): a ranking feature and the order of suggestions. */
    static final String DEGREE = "degree";
    /** A hash of the node's kind and folded display name (numeric doc value): hits that look the same to a reader. */
    static final String LOOKS = "looks";

    /** Filter and facet dimensions (each value with all its ancestors). */
    static final String REGION = "region";

    static final String TECHNOLOGY = "technology";
    static final String SEGMENT = "segment";
    static final String STAGE = "stage";
    static final String QUALIFICATION = "qualification";
    static final String DEVICE_CLASS = "deviceClass";

    static final java.util.List<String> DIMENSIONS =
            java.util.List.of(KIND, REGION, TECHNOLOGY, SEGMENT, STAGE, QUALIFICATION, DEVICE_CLASS);

    private SearchFields() {}
}

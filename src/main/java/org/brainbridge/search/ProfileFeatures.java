package org.brainbridge.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * What a profile adds to a hit's score beyond its text: better connected and more complete profiles slightly ahead.
 * Each feature is saturated ({@code weight · v / (v + pivot)}), so together they never add more than {@link #MAX}: a
 * bound that lets the ranking skip documents whose text cannot reach the page (see {@link PriorQuery}).
 *
 * <p>Read from doc values per hit rather than matched as clauses of the query: clauses that match every document make
 * Lucene visit every match of the text, even those that cannot make the page.
 */
final class ProfileFeatures {

    private static final float DEGREE_WEIGHT = 0.4f;
    private static final float DEGREE_PIVOT = 8f;
    private static final float COMPLETENESS_WEIGHT = 0.3f;
    private static final float COMPLETENESS_PIVOT = 0.5f;

    /** The most the features add to a score. */
    static final float MAX = DEGREE_WEIGHT + COMPLETENESS_WEIGHT;

    private final NumericDocValues degrees;
    private final NumericDocValues completeness;

    private ProfileFeatures(NumericDocValues degrees, NumericDocValues completeness) {
        this.degrees = degrees;
        this.completeness = completeness;
    }

    /** The features of one segment's documents; a document without them gets nothing added. */
    static ProfileFeatures of(LeafReader reader) throws IOException {
        return new ProfileFeatures(
                DocValues.getNumeric(reader, SearchFields.DEGREE),
                DocValues.getNumeric(reader, SearchFields.COMPLETENESS));
    }

    /** The sum of the features of a document; documents must be asked in increasing order. */
    float of(int doc) throws IOException {
        float degree = degrees.advanceExact(doc)
                ? saturation(DEGREE_WEIGHT, DEGREE_PIVOT, Math.max(1, degrees.longValue()))
                : 0f;
        float complete = completeness.advanceExact(doc)
                ? saturation(COMPLETENESS_WEIGHT, COMPLETENESS_PIVOT, Math.max(0.01f, Float.intBitsToFloat((int)
                        completeness.longValue())))
                : 0f;
        return (float) ((double) degree + complete);
    }

    /**
     * Written as {@code 1 − pivot / (v + pivot)} so that rounding never makes it fall as the value grows. The value is
     * first rounded to the 9 significant bits Lucene's {@code FeatureField} keeps, which the judged ranking was tuned
     * with.
     */
    private static float saturation(float weight, float pivot, float value) {
        float kept = Float.intBitsToFloat((Float.floatToIntBits(value) >>> 15) << 15);
        return weight * (1 - pivot / (kept + pivot));
    }
}

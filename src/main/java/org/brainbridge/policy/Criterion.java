package org.brainbridge.policy;

import java.util.List;

/**
 * One eligibility criterion of a measure, as loaded from the criteria file.
 *
 * @param id stable id, unique in the file
 * @param measureNumber the measure it belongs to
 * @param route the key of the route (provision) within the measure
 * @param condition the condition as written, in the closed vocabulary of {@link Condition}
 * @param basis explicit in the text or inferred by the curators
 * @param citedText the span of the measure's text it comes from, verbatim
 * @param zh the criterion in Chinese words
 * @param en the criterion in English words
 * @param appliesTo actor kinds (enum names) it is checked for; empty means every kind its route is for
 * @param missIsUnknown a miss proves nothing (open list, target rather than requirement): NOT_MET becomes UNKNOWN
 * @param line the line of the file it was defined on, for messages
 */
public record Criterion(
        String id,
        int measureNumber,
        String route,
        String condition,
        Basis basis,
        String citedText,
        String zh,
        String en,
        List<String> appliesTo,
        boolean missIsUnknown,
        int line) {}

package org.brainbridge.policy;

import org.brainbridge.graph.GraphNode;

/**
 * A support instrument or programme a measure offers or names, with the words of the text that say so.
 *
 * @param node the {@code SupportInstrument} or {@code Programme}
 * @param relation {@code OFFERS} or {@code NAMES_PROGRAMME}
 * @param quote the span of the measure's text
 */
public record SupportOffer(GraphNode node, String relation, String quote) {}

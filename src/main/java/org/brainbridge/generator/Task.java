package org.brainbridge.generator;

import java.util.function.Consumer;

/**
 * A part of the generation that writes its own files (named with the suffix), run side by side with the others.
 *
 * @param name for messages
 * @param suffix appended to the part's file names until {@link PartMerge} joins the parts
 * @param body what the part writes
 */
record Task(String name, String suffix, Consumer<Output> body) {}

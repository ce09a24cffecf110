/**
 * What the quality evaluations share (search and matching): ranking metrics over graded judgments, the application
 * on a fresh store seeded from a graph-seed folder, and the description of the machine a report was measured on.
 * Depends on no feature, so that every feature's evaluation may use it.
 */
package org.brainbridge.evaluation;

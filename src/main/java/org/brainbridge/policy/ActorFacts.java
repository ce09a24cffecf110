package org.brainbridge.policy;

import java.util.List;
import org.brainbridge.graph.GraphNode;

/**
 * What the graph says about an actor that criteria can check, read in one statement: where it is (with every region
 * above and every zone that partly covers it), what it works on (with every broader technology), the scenarios and
 * chain segments it serves (its own and through its products and projects), its products, its clinical trials and
 * the projects it leads.
 */
record ActorFacts(
        GraphNode actor,
        List<Place> places,
        List<Tree> technologies,
        List<Scenario> scenarios,
        List<Tree> segments,
        List<Product> products,
        List<Trial> trials,
        List<Named> ledProjects) {

    /** A node id and name. */
    record Named(String id, String name) {}

    /** A region the actor is located in, the regions it is part of (itself first) and zones overlapping it. */
    record Place(String id, String name, List<Named> within, List<Named> overlappedBy) {}

    /** A technology or chain segment, with the ids of itself and everything broader. */
    record Tree(String id, String name, List<String> up) {}

    /** A scenario served, with its domain code. */
    record Scenario(String id, String name, String domain) {}

    /** A product made (or the enterprise's own device data, under the enterprise's id). */
    record Product(String id, String name, String deviceClass, String registrationStatus, String clinicalTrialPhase) {}

    /** A product or project that trials at an institution. */
    record Trial(String subjectId, String subjectName, String siteId, String siteName) {}
}

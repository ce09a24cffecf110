package org.brainbridge.seed;

import java.util.List;
import org.brainbridge.support.ProblemDetailsException;

/** A seed folder failed validation; nothing was written. */
class SeedValidationException extends ProblemDetailsException {

    static final int MAX_REPORTED = 100;

    SeedValidationException(String location, List<SeedProblem> problems) {
        super(
                "Seed folder %s has %d problem(s); nothing was written. First: %s"
                        .formatted(location, problems.size(), problems.getFirst()),
                problems.stream().limit(MAX_REPORTED).map(SeedProblem::asMap).toList());
    }
}

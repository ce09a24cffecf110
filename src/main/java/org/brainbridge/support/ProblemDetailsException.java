package org.brainbridge.support;

import java.util.List;
import java.util.Map;

/**
 * A request failed for reasons a client can fix, with one detail per problem (for example a file, row,
 * column and message per invalid CSV cell). Nothing was written.
 */
public class ProblemDetailsException extends RuntimeException {

    private final List<Map<String, Object>> problems;

    public ProblemDetailsException(String message, List<Map<String, Object>> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Map<String, Object>> problems() {
        return problems;
    }
}

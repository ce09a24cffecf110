package org.brainbridge.policy;

import java.util.List;

/** The criteria file cannot be used; every problem names the file, line and column. */
public class CriteriaFileException extends RuntimeException {

    private final List<String> problems;

    CriteriaFileException(String file, List<String> problems) {
        super("Policy criteria file %s is invalid (%d problem%s):%n  %s"
                .formatted(file, problems.size(), problems.size() == 1 ? "" : "s", String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line:column: message}. */
    public List<String> problems() {
        return problems;
    }
}

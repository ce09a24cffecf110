package org.brainbridge.support;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Bounds what one GraphQL request may ask for: how deep its fields nest and how many fields it selects, fragments
 * expanded. Measured on the document as written (fields under {@code @skip} and {@code @include} count), so that the
 * verdict depends on the text alone and is kept with the parsed document ({@link GraphQlDocuments}): graphql-java's
 * instrumentations measure again on every execution, and for the workspaces' documents that walk cost more memory
 * than answering them. The graph view needs depth, not breadth, hence the numbers.
 */
final class GraphQlLimits {

    static final int MAX_DEPTH = 15;
    static final int MAX_FIELDS = 2_000;

    private GraphQlLimits() {}

    /** The document's operations that nest deeper or select more fields than allowed, as errors (none if within). */
    static List<GraphQLError> check(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<GraphQLError> errors = new ArrayList<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Measure measure = new Measure(fragments);
            measure.walk(operation.getSelectionSet(), 1);
            String name = operation.getName() == null ? "The operation" : "Operation '" + operation.getName() + "'";
            if (measure.deepest > MAX_DEPTH) {
                errors.add(error(
                        "%s nests fields %d deep; at most %d levels are allowed"
                                .formatted(name, measure.deepest, MAX_DEPTH),
                        measure.deepestAt));
            }
            if (measure.fields > MAX_FIELDS) {
                errors.add(error(
                        "%s selects more than %d fields (fragments counted where they are spread)"
                                .formatted(name, MAX_FIELDS),
                        operation.getSourceLocation()));
            }
        }
        return errors;
    }

    private static GraphQLError error(String message, SourceLocation at) {
        GraphqlErrorBuilder<?> error =
                GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message);
        return (at == null ? error : error.location(at)).build();
    }

    /**
     * Depth and field count of a selection set. Validation has already refused fragment cycles; the walk stops
     * counting once past the limit, so that fragments spread into each other many times cannot make it long.
     */
    private static final class Measure {

        private final Map<String, FragmentDefinition> fragments;
        private int fields;
        private int deepest;
        private SourceLocation deepestAt;

        Measure(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        void walk(SelectionSet selections, int depth) {
            if (selections == null) {
                return;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (fields > MAX_FIELDS || depth > MAX_DEPTH + 1) {
                    return;
                }
                switch (selection) {
                    case Field field -> {
                        fields++;
                        if (depth > deepest) {
                            deepest = depth;
                            deepestAt = field.getSourceLocation();
                        }
                        walk(field.getSelectionSet(), depth + 1);
                    }
                    case InlineFragment inline -> walk(inline.getSelectionSet(), depth);
                    case FragmentSpread spread -> {
                        FragmentDefinition fragment = fragments.get(spread.getName());
                        walk(fragment == null ? null : fragment.getSelectionSet(), depth);
                    }
                    default -> {}
                }
            }
        }
    }
}

package org.brainbridge.support;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.parser.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How deep and how wide a document may be, measured on its text with fragments expanded. */
class GraphQlLimitsTest {

    @Test
    void aDocumentWithinTheLimitsPasses() {
        assertThat(check("{ search(query: \"脑机接口\") { nodes { node { id name } } } }"))
                .isEmpty();
    }

    @Test
    void depthCountsFieldsNotFragmentsAndSaysWhere() {
        assertThat(check(nested(GraphQlLimits.MAX_DEPTH))).isEmpty();

        List<GraphQLError> errors = check("query Deep " + nested(GraphQlLimits.MAX_DEPTH + 1));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getMessage())
                    .isEqualTo("Operation 'Deep' nests fields 16 deep; at most 15 levels are allowed");
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getLocations())
                    .singleElement()
                    .satisfies(l -> assertThat(l.getColumn()).isGreaterThan(1));
        });
    }

    @Test
    void fragmentsCountWhereTheyAreSpread() {
        // Each fragment spreads the next twice: 2^12 fields from a few lines.
        StringBuilder doc = new StringBuilder("{ a { ...F0 } }\n");
        for (int i = 0; i < 12; i++) {
            doc.append("fragment F%d on T { x ...F%d ...F%d }\n".formatted(i, i + 1, i + 1));
        }
        doc.append("fragment F12 on T { y }\n");

        assertThat(check(doc.toString()))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.getMessage())
                                .isEqualTo(
                                        "The operation selects more than 2000 fields (fragments counted where they are spread)"));
    }

    @Test
    void inlineFragmentsAndConditionalFieldsCount() {
        String inline = "{ a { ... on T { " + "b ".repeat(GraphQlLimits.MAX_FIELDS) + "} } }";
        String conditional = "query($skip: Boolean!) { a { ...F @skip(if: $skip) ...F @include(if: $skip) } }"
                + " fragment F on T { " + "b ".repeat(GraphQlLimits.MAX_FIELDS / 2) + "}";

        assertThat(check(inline)).hasSize(1);
        assertThat(check(conditional)).hasSize(1);
    }

    private static String nested(int depth) {
        return "{ " + "a { ".repeat(depth - 1) + "b" + " }".repeat(depth - 1) + " }";
    }

    private static List<GraphQLError> check(String document) {
        return GraphQlLimits.check(Parser.parse(document));
    }
}

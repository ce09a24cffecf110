package org.brainbridge.catalog;

import org.springframework.graphql.test.tester.GraphQlTester;

/** The catalog's shared assertion for argument errors, for tests of other features. */
public final class CatalogQueriesTestAccess {

    private CatalogQueriesTestAccess() {}

    public static void assertBadArgument(GraphQlTester.Response response, String argument) {
        CatalogQueriesTest.assertBadArgument(response, argument);
    }
}

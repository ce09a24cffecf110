package org.brainbridge.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated GraphQL documents, kept by their text: a client sends the same few documents again and again
 * with other variables, and parsing and validating one costs about as much as answering a small query. Validation does
 * not depend on variables, so a document's errors are kept with it too, and so is the verdict of {@link GraphQlLimits}.
 * Bounded by total text size.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlDocuments implements PreparsedDocumentProvider {

    /** Characters of document text held at most (a few hundred typical documents). */
    static final long MAX_CHARS = 2_000_000;
    /** Longer documents are parsed every time: rare, and they would crowd out the common ones. */
    static final int MAX_DOCUMENT_CHARS = 20_000;

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .<String, PreparsedDocumentEntry>weigher((text, entry) -> text.length())
            .build();

    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        if (text.length() > MAX_DOCUMENT_CHARS) {
            return CompletableFuture.completedFuture(checked(parseAndValidate.apply(input)));
        }
        return CompletableFuture.completedFuture(documents.get(text, key -> checked(parseAndValidate.apply(input))));
    }

    private static PreparsedDocumentEntry checked(PreparsedDocumentEntry parsed) {
        if (parsed.hasErrors()) {
            return parsed;
        }
        List<GraphQLError> beyondLimits = GraphQlLimits.check(parsed.getDocument());
        return beyondLimits.isEmpty() ? parsed : new PreparsedDocumentEntry(beyondLimits);
    }
}

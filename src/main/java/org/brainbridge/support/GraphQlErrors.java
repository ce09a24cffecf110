package org.brainbridge.support;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place exceptions become GraphQL errors: a clear message and a classification for what a client can
 * fix, a reference number (and nothing internal) for what it cannot.
 */
@ControllerAdvice
class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(InvalidArgumentException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .extensions(Map.of("argument", e.argument()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError problems(ProblemDetailsException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .extensions(Map.of("problems", e.problems()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError forbidden(ForbiddenException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.FORBIDDEN)
                .message(e.getMessage())
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
        String reference = UUID.randomUUID().toString();
        log.error(
                "Unexpected error {} in {}",
                reference,
                env.getExecutionStepInfo().getPath(),
                e);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; reference " + reference)
                .build();
    }
}

package org.brainbridge.security;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands the admin token header to GraphQL controllers through the GraphQL context. */
@Component
class AdminTokenInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String token = request.getHeaders().getFirst(AdminGuard.HEADER);
        if (token != null) {
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(Map.of(AdminGuard.CONTEXT_KEY, token))
                            .build());
        }
        return chain.next(request);
    }
}

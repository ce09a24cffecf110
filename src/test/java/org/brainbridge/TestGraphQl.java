package org.brainbridge;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

/** GraphQL testers over the application's own web handler chain, anonymous and as administrator. */
@TestConfiguration(proxyBeanMethods = false)
public class TestGraphQl {

    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final java.time.Duration TIMEOUT = java.time.Duration.ofMinutes(2);

    @Bean
    WebGraphQlTester graphQlTester(WebGraphQlHandler handler) {
        return WebGraphQlTester.builder(handler).responseTimeout(TIMEOUT).build();
    }

    @Bean
    AdminGraphQlTester adminGraphQlTester(WebGraphQlHandler handler) {
        return new AdminGraphQlTester(WebGraphQlTester.builder(handler)
                .headers(h -> h.add("X-Admin-Token", ADMIN_TOKEN))
                .responseTimeout(TIMEOUT)
                .build());
    }

    /** A tester that sends the administrator token. */
    public record AdminGraphQlTester(WebGraphQlTester tester) {}
}

package org.brainbridge.support;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request-level observations (HTTP and {@code graphql.request}: timings, errors, traces) stay; the one Spring for
 * GraphQL makes for every asynchronous data fetcher does not. Controller methods run on virtual threads, so nearly
 * every field is such a fetcher: a page of search hits made dozens of observations, a sixth of the request's CPU.
 */
@Configuration(proxyBeanMethods = false)
class DataFetcherObservations {

    static final String DATA_FETCHER = "graphql.datafetcher";

    @Bean
    ObservationPredicate noDataFetcherObservations() {
        return (name, context) -> !DATA_FETCHER.equals(name);
    }
}

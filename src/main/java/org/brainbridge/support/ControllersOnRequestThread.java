package org.brainbridge.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerDetectionSupport;

/**
 * GraphQL controller methods run on the thread that serves the request. With virtual threads on, Spring for GraphQL
 * would hand every blocking controller method to a new virtual thread and finish the HTTP exchange in an asynchronous
 * dispatch; the request thread is itself virtual, so blocking on it costs nothing, and the hand-offs and second
 * dispatch were a third of a small query's time. Fields of one request then resolve one after another, which is what
 * a request of this API needs (its fields are batch loaded, one statement per field and level, not per item).
 */
@Configuration(proxyBeanMethods = false)
class ControllersOnRequestThread {

    @Bean
    static BeanPostProcessor noControllerExecutor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerDetectionSupport<?> controllers) {
                    controllers.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}

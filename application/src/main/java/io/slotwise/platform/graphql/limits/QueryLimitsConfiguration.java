package io.slotwise.platform.graphql.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the request budget: Spring Boot adds every {@code Instrumentation} and
 * {@code WebGraphQlInterceptor} bean to the GraphQL engine.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return Refusals.refuse("QUERY_TOO_DEEP",
						"The document is " + depth + " levels deep; at most " + maxDepth + " are allowed");
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryCost(QueryLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), new FieldCosts(limits)) {
			@Override
			protected AbortExecutionException mkAbortException(int cost, int maxCost) {
				return Refusals.refuse("QUERY_TOO_EXPENSIVE",
						"The document costs " + cost + "; the budget is " + maxCost + " (ask for smaller pages)");
			}
		};
	}

	@Bean
	RootFieldCaps rootFieldCaps(QueryLimits limits) {
		return new RootFieldCaps(limits);
	}

	@Bean
	ExecutionTimeout executionTimeout(QueryLimits limits) {
		return new ExecutionTimeout(limits.timeout());
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(QueryLimits limits) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodyBytes()));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		return registration;
	}

}

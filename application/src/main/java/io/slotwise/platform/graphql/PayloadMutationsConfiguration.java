package io.slotwise.platform.graphql;

import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link PayloadMutations} with the schema Spring Boot builds. Type visitors
 * run before Spring for GraphQL's own context-propagating decorator, which then wraps
 * ours.
 */
@Configuration(proxyBeanMethods = false)
class PayloadMutationsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer payloadMutations() {
		return (builder) -> builder.typeVisitors(List.of(new PayloadMutations()));
	}

}

package io.slotwise.platform.graphql;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ConnectionDescriptions} with the schema Spring Boot builds; a
 * customizer's configurers run after Boot's own
 * {@code ConnectionTypeDefinitionConfigurer}, so the generated types exist by then.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionDescriptionsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer connectionDescriptions() {
		return (builder) -> builder.configureTypeDefinitions(new ConnectionDescriptions());
	}

}

package io.slotwise.platform.graphql.node;

import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Registers {@link NodeFields} with the schema Spring Boot builds and resolves which type
 * a fetched {@code Node} is.
 */
@Configuration(proxyBeanMethods = false)
class NodeConfiguration {

	private final Map<Class<?>, String> typeOfClass = NodeFields.classes();

	@Bean
	GraphQlSourceBuilderCustomizer nodeFields() {
		return (builder) -> builder.typeVisitors(List.of(new NodeFields(this.typeOfClass)));
	}

	/**
	 * A node was fetched by its type's own query just before it is resolved, which
	 * recorded its class; each node type has its own Java class.
	 */
	@Bean
	RuntimeWiringConfigurer nodeTypes() {
		TypeResolver resolver = (env) -> {
			String type = this.typeOfClass.get(env.getObject().getClass());
			return (type != null) ? (GraphQLObjectType) env.getSchema().getType(type) : null;
		};
		return (wiring) -> wiring.type(NodeFields.NODE, (type) -> type.typeResolver(resolver));
	}

}

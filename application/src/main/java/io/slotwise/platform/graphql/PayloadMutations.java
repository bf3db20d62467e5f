package io.slotwise.platform.graphql;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Finds, once when the schema is built, the fields whose result is a mutation payload
 * ({@code errors: [UserError!]} plus nullable fields read straight from the payload
 * object) and decorates their data fetchers with {@link UnboundInputAsPayload}. A payload
 * with a required field or a field of its own data fetcher is left alone: a payload that
 * holds only errors could not be answered there, so binding failures of that mutation
 * stay top-level errors.
 */
final class PayloadMutations extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		if (context.getParentNode() instanceof GraphQLFieldsContainer parent
				&& GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLObjectType payload
				&& carriesOnlyErrors(payload, registry)) {
			FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
			DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
			registry.dataFetcher(coordinates, new UnboundInputAsPayload(fetcher));
		}
		return TraversalControl.CONTINUE;
	}

	private static boolean carriesOnlyErrors(GraphQLObjectType payload, GraphQLCodeRegistry.Builder registry) {
		GraphQLFieldDefinition errors = payload.getFieldDefinition("errors");
		if (errors == null || !isUserErrorList(errors.getType())) {
			return false;
		}
		List<GraphQLFieldDefinition> others = payload.getFieldDefinitions()
			.stream()
			.filter((field) -> field != errors)
			.toList();
		return others.stream()
			.allMatch((field) -> GraphQLTypeUtil.isNullable(field.getType())
					&& readsTheSource(registry.getDataFetcher(FieldCoordinates.coordinates(payload, field), field)));
	}

	private static boolean readsTheSource(DataFetcher<?> fetcher) {
		return fetcher instanceof SingletonPropertyDataFetcher || fetcher instanceof PropertyDataFetcher
				|| fetcher instanceof TrivialDataFetcher;
	}

	private static boolean isUserErrorList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList list
				&& list.getWrappedType() instanceof GraphQLNonNull element
				&& element.getWrappedType() instanceof GraphQLObjectType error && error.getName().equals("UserError");
	}

}

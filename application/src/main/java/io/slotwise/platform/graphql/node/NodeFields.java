package io.slotwise.platform.graphql.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Wires the {@code Node} interface when the schema is built. Every type implementing it
 * gets {@code nodeId} (its own {@code id}, made global); {@code node(id:)} and
 * {@code nodes(ids:)} call the data fetcher of the type's own query,
 * {@code Query.<type in lowerCamelCase>(id:)}, so they apply exactly its authorization (a
 * patient asking for another patient's appointment gets the null that
 * {@code appointment(id:)} gives). Fetchers are looked up per request in the finished
 * schema, so they are the decorated ones (security context, error mapping).
 */
final class NodeFields extends GraphQLTypeVisitorStub {

	static final String NODE = "Node";

	/** A page's worth; each id is one call of its type's query. */
	static final int MAX_IDS = 50;

	/**
	 * Which GraphQL type each Java class of a fetched node is: learned from the fetches
	 * themselves (one entry per node type), read by the type resolver.
	 */
	private final Map<Class<?>, String> typeOfClass;

	NodeFields(Map<Class<?>, String> typeOfClass) {
		this.typeOfClass = typeOfClass;
	}

	static Map<Class<?>, String> classes() {
		return new ConcurrentHashMap<>();
	}

	@Override
	public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
			TraverserContext<GraphQLSchemaElement> context) {
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		if (type.getInterfaces().stream().anyMatch((named) -> named.getName().equals(NODE))) {
			registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "nodeId"),
					(DataFetcher<?>) (env) -> nodeId(type.getName(), env));
		}
		if (type.getName().equals("Query") && type.getFieldDefinition("node") != null) {
			registry.dataFetcher(FieldCoordinates.coordinates("Query", "node"),
					(DataFetcher<?>) (env) -> node(env.getArgument("id"), "id", env));
			registry.dataFetcher(FieldCoordinates.coordinates("Query", "nodes"), (DataFetcher<?>) this::nodes);
		}
		return TraversalControl.CONTINUE;
	}

	private static Object nodeId(String type, DataFetchingEnvironment env) throws Exception {
		GraphQLObjectType objectType = (GraphQLObjectType) env.getGraphQLSchema().getType(type);
		return async(call(objectType, "id", Map.of(), env))
			.thenApply((id) -> new GlobalId(type, String.valueOf(id)).encoded());
	}

	private CompletableFuture<@Nullable Object> node(@Nullable String text, String field, DataFetchingEnvironment env)
			throws Exception {
		GlobalId id = GlobalId.decode((text != null) ? text : "", nodeTypes(env.getGraphQLSchema()))
			.orElseThrow(() -> GlobalId.malformed(field));
		GraphQLObjectType query = env.getGraphQLSchema().getQueryType();
		String ownQuery = Character.toLowerCase(id.type().charAt(0)) + id.type().substring(1);
		return async(call(query, ownQuery, Map.of("id", id.id()), env)).thenApply((value) -> {
			if (value != null) {
				this.typeOfClass.putIfAbsent(value.getClass(), id.type());
			}
			return value;
		});
	}

	private CompletableFuture<List<@Nullable Object>> nodes(DataFetchingEnvironment env) throws Exception {
		List<String> ids = env.getArgument("ids");
		if (ids == null || ids.size() > MAX_IDS) {
			throw GlobalId.malformedList("ids", MAX_IDS);
		}
		List<CompletableFuture<@Nullable Object>> each = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			each.add(node(ids.get(i), "ids[" + i + "]", env));
		}
		return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
			.thenApply((done) -> each.stream().map(CompletableFuture::join).collect(Collectors.toList()));
	}

	private static Set<String> nodeTypes(GraphQLSchema schema) {
		return schema.getImplementations((GraphQLInterfaceType) schema.getType(NODE))
			.stream()
			.map(GraphQLObjectType::getName)
			.collect(Collectors.toSet());
	}

	/** Calls the fetcher of {@code parent.field} as if the client had asked for it. */
	private static @Nullable Object call(GraphQLObjectType parent, String field, Map<String, Object> arguments,
			DataFetchingEnvironment env) throws Exception {
		GraphQLFieldDefinition definition = parent.getFieldDefinition(field);
		DataFetcher<?> fetcher = env.getGraphQLSchema().getCodeRegistry().getDataFetcher(parent, definition);
		DataFetchingEnvironmentImpl.Builder as = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env)
			.fieldDefinition(definition)
			.mergedField(MergedField
				.newMergedField(Field.newField(field).selectionSet(env.getField().getSelectionSet()).build())
				.build())
			.parentType(parent);
		if (!arguments.isEmpty()) {
			as.arguments(arguments);
		}
		return fetcher.get(as.build());
	}

	@SuppressWarnings("unchecked")
	private static CompletableFuture<@Nullable Object> async(@Nullable Object result) {
		return switch (result) {
			case CompletionStage<?> stage ->
				((CompletionStage<@Nullable Object>) stage).toCompletableFuture().thenApply(NodeFields::unwrapped);
			case Mono<?> mono -> ((Mono<@Nullable Object>) mono).toFuture().thenApply(NodeFields::unwrapped);
			case null, default -> CompletableFuture.completedFuture(unwrapped(result));
		};
	}

	private static @Nullable Object unwrapped(@Nullable Object value) {
		if (value instanceof DataFetcherResult<?> result) {
			if (!result.getErrors().isEmpty()) {
				throw new NodeFetchFailed(result);
			}
			return result.getData();
		}
		return value;
	}

}

package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;

/**
 * The schema review rules find what they exist to find: on a small schema, an undescribed
 * type, field, argument, input field and enum value, a deprecation without a reason, and
 * a changed line of the printed schema; and the generated Relay types are described.
 * Without this, a rule that matched nothing would pass vacuously.
 */
class SchemaReviewCanFailTests {

	static final String SDL = """
			"The root."
			type Query {
			  "Described."
			  described(
			    "Described too."
			    id: ID!
			  ): Thing
			  bare(first: Int, legacy: Int @deprecated): Thing
			  old: Int @deprecated
			  "Deprecated with a reason."
			  older: Int @deprecated(reason: "Use described.")
			}
			type Thing { name: String }
			input Filter { label: String, old: String @deprecated }
			"Kinds."
			enum Kind { A }
			""";

	@Test
	void missingDescriptionsAreFound() {
		assertThat(SchemaReviewTests.undescribed(schema(SDL)))
			.contains("Thing", "Thing.name", "Query.bare", "Query.bare(first:)", "Filter", "Filter.label", "Kind.A")
			.doesNotContain("Query", "Query.described", "Query.described(id:)", "Kind");
	}

	@Test
	void aDeprecationWithoutAReasonIsFound() {
		assertThat(SchemaReviewTests.deprecatedWithoutReason(schema(SDL))).containsExactlyInAnyOrder("Query.old",
				"Query.bare(legacy:)", "Filter.old");
	}

	@Test
	void aChangedSchemaShowsWhatChanged() {
		String before = SchemaReviewTests.print(schema(SDL));
		String after = SchemaReviewTests.print(schema(SDL.replace("name: String }", "name: String! }")));
		assertThat(after).isNotEqualTo(before);
		assertThat(SchemaReviewTests.diff(before, after)).contains("- ", "+ ").contains("name: String!");
	}

	@Test
	void generatedConnectionTypesAreDescribedAndDeclaredOnesAreLeftAlone() {
		TypeDefinitionRegistry registry = new SchemaParser().parse("""
				"The root."
				type Query {
				  "Paged."
				  things("Size." first: Int, "Cursor." after: String): ThingConnection!
				  "Declared, not generated."
				  link: LinkConnection
				}
				"A thing."
				type Thing { "Its name." name: String }
				type LinkConnection { "Its id." id: ID, edges: Int }
				""");
		new ConnectionTypeDefinitionConfigurer().configure(registry);
		assertThat(SchemaReviewTests.undescribed(schema(registry))).contains("PageInfo", "PageInfo.hasNextPage",
				"ThingConnection", "ThingConnection.edges", "ThingEdge", "ThingEdge.cursor", "ThingEdge.node");

		new ConnectionDescriptions().configure(registry);
		GraphQLSchema described = schema(registry);
		assertThat(SchemaReviewTests.undescribed(described)).containsExactlyInAnyOrder("LinkConnection",
				"LinkConnection.edges");
		assertThat(described.getObjectType("ThingEdge").getFieldDefinition("node").getDescription())
			.isEqualTo("The Thing itself.");
	}

	private static GraphQLSchema schema(TypeDefinitionRegistry registry) {
		return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
	}

	private static GraphQLSchema schema(String sdl) {
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl + "\nschema { query: Query }"),
				RuntimeWiring.MOCKED_WIRING);
	}

}

package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * The schema review rules find what they exist to find: on a small schema, an undescribed
 * type, field, argument, input field and enum value, a deprecation without a reason, and
 * a changed line of the printed schema. Without this, a rule that matched nothing would
 * pass vacuously.
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
			  bare(first: Int): Thing
			  old: Int @deprecated
			}
			type Thing { name: String }
			input Filter { name: String }
			"Kinds."
			enum Kind { A }
			""";

	@Test
	void missingDescriptionsAreFound() {
		assertThat(SchemaReviewTests.undescribed(schema(SDL)))
			.contains("Thing", "Thing.name", "Query.bare", "Query.bare(first:)", "Filter", "Filter.name", "Kind.A")
			.doesNotContain("Query", "Query.described", "Query.described(id:)", "Kind");
	}

	@Test
	void aDeprecationWithoutAReasonIsFound() {
		assertThat(SchemaReviewTests.deprecatedWithoutReason(schema(SDL))).containsExactly("Query.old");
	}

	@Test
	void aChangedSchemaShowsWhatChanged() {
		String before = SchemaReviewTests.print(schema(SDL));
		String after = SchemaReviewTests.print(schema(SDL.replace("name: String }", "name: String! }")));
		assertThat(after).isNotEqualTo(before);
		assertThat(SchemaReviewTests.diff(before, after)).contains("- ", "+ ").contains("name: String!");
	}

	private static GraphQLSchema schema(String sdl) {
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl + "\nschema { query: Query }"),
				RuntimeWiring.MOCKED_WIRING);
	}

}

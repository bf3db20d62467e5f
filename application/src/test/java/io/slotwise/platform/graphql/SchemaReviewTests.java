package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The schema is reviewed like code: the printed schema is committed as
 * {@code docs/schema.graphqls} and this test fails when the running schema differs, so
 * every API change shows up in a diff; every type, field, argument, input field and enum
 * value has a description; every deprecation gives its reason.
 *
 * <p>
 * Regenerate the snapshot after an intended change:
 * {@code ./mvnw verify -pl application -am
 * -Dtest=SchemaReviewTests -Dsurefire.failIfNoSpecifiedTests=false -Dslotwise.schema.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SchemaReviewTests {

	static final Path SNAPSHOT = Path.of("..", "docs", "schema.graphqls");

	static final String WRITE = "slotwise.schema.write";

	@Autowired
	GraphQlSource source;

	@Test
	void theRunningSchemaIsTheCommittedOne() throws IOException {
		String printed = print(this.source.schema());
		if (Boolean.getBoolean(WRITE)) {
			Files.writeString(SNAPSHOT, printed, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
		assertThat(printed)
			.as(() -> "The running schema differs from docs/schema.graphqls:\n" + diff(committed, printed)
					+ "\nIf the change is intended, regenerate the snapshot with -D" + WRITE + "=true (see README) and"
					+ " commit it.")
			.isEqualTo(committed);
	}

	@Test
	void everyElementIsDescribedAndEveryDeprecationSaysWhy() {
		assertThat(undescribed(this.source.schema()))
			.as("Schema elements without a description (add \"\"\"...\"\"\" in the .graphqls)")
			.isEmpty();
		assertThat(deprecatedWithoutReason(this.source.schema())).as("Deprecations without a reason").isEmpty();
	}

	static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives((directive) -> directive.equals("deprecated"))
			.includeIntrospectionTypes(false)
			.includeScalarTypes(true)
			.includeSchemaDefinition(false)).print(schema);
	}

	/**
	 * Coordinates of every element without a description, e.g. {@code Query.node(id:)}.
	 */
	static Set<String> undescribed(GraphQLSchema schema) {
		Set<String> missing = new TreeSet<>();
		for (GraphQLNamedType type : ownTypes(schema)) {
			String name = type.getName();
			if (isBlank(type.getDescription()) && !name.equals("Query") && !name.equals("Mutation")
					&& !name.equals("Subscription")) {
				missing.add(name);
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					if (isBlank(field.getDescription())) {
						missing.add(name + "." + field.getName());
					}
					for (GraphQLArgument argument : field.getArguments()) {
						if (isBlank(argument.getDescription())) {
							missing.add(name + "." + field.getName() + "(" + argument.getName() + ":)");
						}
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
					if (isBlank(field.getDescription())) {
						missing.add(name + "." + field.getName());
					}
				}
			}
			if (type instanceof GraphQLEnumType enumType) {
				for (GraphQLEnumValueDefinition value : enumType.getValues()) {
					if (isBlank(value.getDescription())) {
						missing.add(name + "." + value.getName());
					}
				}
			}
		}
		return missing;
	}

	/**
	 * Coordinates of every deprecated field, argument, input field and enum value whose
	 * {@code @deprecated} gives no reason of its own.
	 */
	static List<String> deprecatedWithoutReason(GraphQLSchema schema) {
		List<String> found = new ArrayList<>();
		for (GraphQLNamedType type : ownTypes(schema)) {
			String name = type.getName();
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					if (field.isDeprecated() && saysNoWhy(field.getDeprecationReason())) {
						found.add(name + "." + field.getName());
					}
					for (GraphQLArgument argument : field.getArguments()) {
						if (argument.isDeprecated() && saysNoWhy(argument.getDeprecationReason())) {
							found.add(name + "." + field.getName() + "(" + argument.getName() + ":)");
						}
					}
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter((field) -> field.isDeprecated() && saysNoWhy(field.getDeprecationReason()))
					.forEach((field) -> found.add(name + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter((value) -> value.isDeprecated() && saysNoWhy(value.getDeprecationReason()))
					.forEach((value) -> found.add(name + "." + value.getName()));
			}
		}
		return found;
	}

	/**
	 * A bare {@code @deprecated} gets graphql-java's default reason, which says nothing.
	 */
	private static boolean saysNoWhy(String reason) {
		return isBlank(reason) || reason.equals("No longer supported");
	}

	private static List<GraphQLNamedType> ownTypes(GraphQLSchema schema) {
		return schema.getAllTypesAsList()
			.stream()
			.filter((type) -> !Introspection.isIntrospectionTypes(type))
			.filter((type) -> !(type instanceof GraphQLScalarType scalar
					&& Set.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName())))
			.toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** The lines only one side has, in order: enough to see what changed. */
	static String diff(String committed, String printed) {
		Set<String> before = new LinkedHashSet<>(committed.lines().toList());
		Set<String> after = new LinkedHashSet<>(printed.lines().toList());
		StringBuilder diff = new StringBuilder();
		before.stream()
			.filter((line) -> !after.contains(line))
			.forEach((line) -> diff.append("- ").append(line).append('\n'));
		after.stream()
			.filter((line) -> !before.contains(line))
			.forEach((line) -> diff.append("+ ").append(line).append('\n'));
		return diff.isEmpty() ? "(only the order of lines differs)" : diff.toString();
	}

}

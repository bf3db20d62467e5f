package io.slotwise.platform.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Description;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;

/**
 * Describes the Relay types that {@link ConnectionTypeDefinitionConfigurer} generates
 * ({@code PageInfo}, and {@code XConnection} / {@code XEdge} for every {@code X} a field
 * pages through), which it leaves without descriptions. Generating them stays Spring's
 * job: a new paged field in any module gets its types and their descriptions without a
 * line of schema, and no hand-written copy can drift from what Spring generates.
 *
 * <p>
 * Runs after Spring's configurer (Spring Boot adds that one before any customizer's) and
 * touches only undescribed types of exactly the generated shape, so a hand-declared type
 * whose name merely ends in {@code Connection} (e.g. {@code CalendarConnection}) keeps
 * its own words.
 */
final class ConnectionDescriptions implements TypeDefinitionConfigurer {

	static final String PAGE_INFO = "PageInfo";

	private static final List<String> PAGE_INFO_FIELDS = List.of("hasPreviousPage", "hasNextPage", "startCursor",
			"endCursor");

	@Override
	public void configure(TypeDefinitionRegistry registry) {
		for (TypeDefinition<?> type : List.copyOf(registry.types().values())) {
			if (type instanceof ObjectTypeDefinition object && object.getDescription() == null) {
				described(object).ifPresent((replacement) -> {
					registry.remove(object);
					registry.add(replacement);
				});
			}
		}
	}

	private static Optional<ObjectTypeDefinition> described(ObjectTypeDefinition type) {
		String name = type.getName();
		if (name.equals(PAGE_INFO) && hasFields(type, PAGE_INFO_FIELDS)) {
			return Optional.of(describe(type,
					"Where a page of a connection sits in the whole list, and how to get the next one.",
					Map.of("hasPreviousPage",
							"True when items come before this page (it did not start at the first item).",
							"hasNextPage",
							"True when more items follow: ask again with `after: endCursor` for the next page.",
							"startCursor", "The cursor of the page's first item; null when the page is empty.",
							"endCursor",
							"The cursor of the page's last item, to pass as `after`; null when the page is empty.")));
		}
		if (name.endsWith("Connection") && hasFields(type, List.of("edges", "pageInfo"))) {
			String item = name.substring(0, name.length() - "Connection".length());
			return Optional.of(describe(type, "A page of " + item
					+ " items (a Relay cursor connection): page forward with `first` and `after: pageInfo.endCursor`.",
					Map.of("edges",
							"The items of this page, each with its cursor, in the list's order; empty when none.",
							"pageInfo", "Whether more items follow, and the cursor to continue from.")));
		}
		if (name.endsWith("Edge") && hasFields(type, List.of("cursor", "node"))) {
			String item = name.substring(0, name.length() - "Edge".length());
			return Optional
				.of(describe(type, "One " + item + " in a page, with its position in the list.",
						Map.of("cursor",
								"Opaque position of this item: pass it as `after` to continue after it, with the same"
										+ " arguments otherwise. Never parse it.",
								"node", "The " + item + " itself.")));
		}
		return Optional.empty();
	}

	private static boolean hasFields(ObjectTypeDefinition type, List<String> names) {
		return type.getFieldDefinitions().stream().map(FieldDefinition::getName).toList().equals(names);
	}

	private static ObjectTypeDefinition describe(ObjectTypeDefinition type, String text, Map<String, String> fields) {
		List<FieldDefinition> described = type.getFieldDefinitions()
			.stream()
			.map((field) -> (field.getDescription() != null) ? field
					: field.transform((builder) -> builder.description(description(fields.get(field.getName())))))
			.toList();
		return type.transform((builder) -> builder.description(description(text)).fieldDefinitions(described));
	}

	private static Description description(String text) {
		return new Description(text, null, text.contains("\n"));
	}

}

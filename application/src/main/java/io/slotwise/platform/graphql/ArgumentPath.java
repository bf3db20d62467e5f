package io.slotwise.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.Scalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.FieldError;

/**
 * Turns the binder's path of a refused value into the client's. Spring for GraphQL binds
 * each {@code @Argument} separately and records paths from {@code $}, the argument's own
 * root, without the argument's name; the argument is the one whose raw value holds the
 * refused value at that path.
 */
final class ArgumentPath {

	private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[([^]]+)]");

	private ArgumentPath() {
	}

	static String of(FieldError error, DataFetchingEnvironment env) {
		String inArgument = error.getField().startsWith("$") ? error.getField().substring(1) : error.getField();
		List<String> steps = steps(inArgument);
		List<GraphQLArgument> arguments = env.getFieldDefinition().getArguments();
		Object refused = error.getRejectedValue();
		if (refused != null) {
			List<GraphQLArgument> holders = arguments.stream()
				.filter((argument) -> env.getArgument(argument.getName()) != null
						&& refused.equals(valueAt(env.getArgument(argument.getName()), steps)))
				.toList();
			// Several hold the same text: a String never fails to bind, so it is the
			// other.
			@Nullable GraphQLArgument holder = holders.stream()
				.filter((argument) -> !isString(argument.getType(), steps))
				.findFirst()
				.orElse(holders.isEmpty() ? null : holders.get(0));
			if (holder != null) {
				return holder.getName() + inArgument;
			}
			// Bound as one map (@Arguments): the first step is the argument's name.
			if (!steps.isEmpty() && refused.equals(valueAt(env.getArguments(), steps))) {
				return inArgument.substring(1);
			}
		}
		return (arguments.size() == 1) ? arguments.get(0).getName() + inArgument : inArgument.replaceFirst("^\\.", "");
	}

	private static boolean isString(GraphQLInputType type, List<String> steps) {
		GraphQLType current = GraphQLTypeUtil.unwrapNonNull(type);
		for (String step : steps) {
			current = switch (current) {
				case GraphQLList list -> GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
				case GraphQLInputObjectType object when object.getField(step) != null ->
					GraphQLTypeUtil.unwrapNonNull(object.getField(step).getType());
				default -> current;
			};
		}
		return current == Scalars.GraphQLString;
	}

	private static List<String> steps(String path) {
		List<String> steps = new ArrayList<>();
		Matcher step = STEP.matcher(path);
		while (step.find()) {
			steps.add((step.group(1) != null) ? step.group(1) : step.group(2));
		}
		return steps;
	}

	private static @Nullable Object valueAt(Object raw, List<String> steps) {
		Object current = raw;
		for (String step : steps) {
			current = switch (current) {
				case Map<?, ?> map -> map.get(step);
				case List<?> list when step.chars().allMatch(Character::isDigit)
						&& Integer.parseInt(step) < list.size() ->
					list.get(Integer.parseInt(step));
				case null, default -> null;
			};
			if (current == null) {
				return null;
			}
		}
		return current;
	}

}

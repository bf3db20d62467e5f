package io.slotwise.platform.graphql;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * A scalar carried as an ISO-8601 string. One implementation for all java.time scalars so
 * that every one rejects bad input the same way: a clear message naming the expected
 * form.
 */
final class IsoScalar<T> implements Coercing<T, String> {

	private final String example;

	private final Function<String, T> parser;

	private final Function<Object, String> formatter;

	private IsoScalar(String example, Function<String, T> parser, Function<Object, String> formatter) {
		this.example = example;
		this.parser = parser;
		this.formatter = formatter;
	}

	static <T> GraphQLScalarType scalar(String name, String example, Function<String, T> parser,
			Function<Object, String> formatter) {
		return GraphQLScalarType.newScalar()
			.name(name)
			.description("ISO-8601, e.g. " + example)
			.coercing(new IsoScalar<>(example, parser, formatter))
			.build();
	}

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		try {
			return this.formatter.apply(value);
		}
		catch (RuntimeException ex) {
			throw new CoercingSerializeException("Cannot serialize " + value.getClass().getSimpleName(), ex);
		}
	}

	@Override
	public T parseValue(Object input, GraphQLContext context, Locale locale) {
		if (!(input instanceof String text)) {
			throw valueRefused("Expected an ISO-8601 string such as " + this.example);
		}
		return parse(text, IsoScalar::valueRefused);
	}

	@Override
	public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (!(input instanceof StringValue text)) {
			throw literalRefused("Expected an ISO-8601 string such as " + this.example);
		}
		return parse(text.getValue(), IsoScalar::literalRefused);
	}

	private T parse(String text, Function<String, RuntimeException> failure) {
		try {
			return this.parser.apply(text);
		}
		catch (DateTimeException | ArithmeticException ex) {
			throw failure.apply("'" + text + "' is not ISO-8601 like " + this.example);
		}
	}

	// graphql-java copies these extensions into the error that rejects the document, so
	// a client sees the same code as for every other input it got wrong.
	private static CoercingParseValueException valueRefused(String message) {
		return CoercingParseValueException.newCoercingParseValueException()
			.message(message)
			.extensions(Map.of("code", InputFault.CODE))
			.build();
	}

	private static CoercingParseLiteralException literalRefused(String message) {
		return CoercingParseLiteralException.newCoercingParseLiteralException()
			.message(message)
			.extensions(Map.of("code", InputFault.CODE))
			.build();
	}

}

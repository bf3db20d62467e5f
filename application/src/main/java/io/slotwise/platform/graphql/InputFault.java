package io.slotwise.platform.graphql;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/**
 * One argument value that could not be bound to its Java type, named the way the client
 * wrote it ({@code input.slot.practitionerId}), not the way the binder records it
 * ({@code $.slot.practitionerId}).
 *
 * @param field the argument path
 * @param message for the client; says which value was refused, never why the code refused
 * it
 */
record InputFault(String field, String message) {

	static final String CODE = "VALIDATION_FAILED";

	static List<InputFault> of(BindException failure, DataFetchingEnvironment env) {
		return failure.getFieldErrors().stream().map((error) -> of(error, env)).toList();
	}

	private static InputFault of(FieldError error, DataFetchingEnvironment env) {
		String field = ArgumentPath.of(error, env);
		Object value = error.getRejectedValue();
		String message = (value != null) ? "'" + value + "' is not a valid value for " + field
				: field + " could not be read";
		return new InputFault(field, message);
	}

}

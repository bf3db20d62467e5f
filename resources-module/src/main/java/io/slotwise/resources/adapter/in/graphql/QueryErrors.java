package io.slotwise.resources.adapter.in.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphqlErrorException;
import io.slotwise.resources.CatalogError;

/**
 * Bad input to a query is a typed GraphQL error (a query has no payload to carry it).
 */
final class QueryErrors {

	private QueryErrors() {
	}

	static GraphqlErrorException error(CatalogError.Code code, String message) {
		return GraphqlErrorException.newErrorException()
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

	static UUID uuid(String id, String field) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw error(CatalogError.Code.VALIDATION_FAILED, field + " '" + id + "' is not an id");
		}
	}

}

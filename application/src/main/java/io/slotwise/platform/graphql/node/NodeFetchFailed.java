package io.slotwise.platform.graphql.node;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.language.SourceLocation;

/**
 * The type's own query answered with an error (e.g. a typed refusal): node(id:) answers
 * the same error, not a half-empty object.
 */
final class NodeFetchFailed extends RuntimeException implements GraphQLError {

	private final transient GraphQLError first;

	NodeFetchFailed(DataFetcherResult<?> result) {
		super(result.getErrors().getFirst().getMessage(), null, false, false);
		this.first = result.getErrors().getFirst();
	}

	@Override
	public List<SourceLocation> getLocations() {
		return List.of();
	}

	@Override
	public ErrorClassification getErrorType() {
		return this.first.getErrorType();
	}

	@Override
	public Map<String, Object> getExtensions() {
		return this.first.getExtensions();
	}

}

package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorException;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.Scalars;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;

/**
 * The one error mapping: typed failures pass through with their code, unexpected ones are
 * masked so no internal detail (SQL, stack traces) reaches a client.
 */
class ErrorMappingTests {

	final ErrorMapping mapping = new ErrorMapping();

	final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.executionId(ExecutionId.from("exec-42"))
		.mergedField(MergedField.newMergedField(Field.newField("search").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.parse("/search"))
			.build())
		.build();

	@Test
	void masksUnexpectedFailuresWithTheExecutionId() {
		GraphQLError error = this.mapping.resolveToSingleError(
				new IllegalStateException("duplicate key value violates unique constraint \"secret_table_pk\""),
				this.env);
		assertThat(error.getMessage()).isEqualTo("Internal error, reference exec-42").doesNotContain("secret");
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR")
			.containsEntry("executionId", "exec-42");
	}

	@Test
	void passesTypedFailuresThroughWithTheirCode() {
		GraphqlErrorException unknownZip = GraphqlErrorException.newErrorException()
			.message("ZIP 99999 is not a known US ZIP code")
			.extensions(Map.of("code", "UNKNOWN_ZIP"))
			.build();
		GraphQLError error = this.mapping.resolveToSingleError(unknownZip, this.env);
		assertThat(error.getMessage()).isEqualTo("ZIP 99999 is not a known US ZIP code");
		assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_ZIP");
		assertThat(error.getPath()).containsExactly("search");
	}

	@Test
	void anIllegalArgumentFromDeepInsideIsABugNotTheClientsFault() {
		GraphQLError error = this.mapping.resolveToSingleError(
				new IllegalArgumentException("A waitlist window must not end before it starts"), this.env);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR");
		assertThat(error.getMessage()).doesNotContain("waitlist");
	}

	@Test
	void unboundArgumentsAreValidationFailuresNamingTheArgumentPath() throws Exception {
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(this.env)
			.fieldDefinition(GraphQLFieldDefinition.newFieldDefinition()
				.name("search")
				.type(Scalars.GraphQLString)
				.argument(GraphQLArgument.newArgument().name("input").type(Scalars.GraphQLString))
				.build())
			.arguments(Map.of("input", Map.of("slot", Map.of("at", "soon"))))
			.build();
		GraphQlArgumentBinder binder = new GraphQlArgumentBinder(
				GraphQlArgumentBinder.Options.create().conversionService(new DefaultFormattingConversionService()));
		BindException unbound = catchThrowableOfType(BindException.class,
				() -> binder.bind(env, "input", ResolvableType.forClass(Wish.class)));
		List<GraphQLError> errors = this.mapping.resolveToMultipleErrors(unbound, env);
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
				.containsEntry("field", "input.slot.at");
			assertThat(error.getMessage()).isEqualTo("'soon' is not a valid value for input.slot.at");
		});
	}

	record Wish(Slot slot) {
	}

	record Slot(Instant at) {
	}

	@Test
	void leavesAccessFailuresToSpringSecurity() {
		assertThat(this.mapping.resolveToSingleError(new AccessDeniedException("no"), this.env)).isNull();
	}

}

package io.slotwise.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.slotwise.platform.GraphQlClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

/**
 * Input that cannot be bound, over the real HTTP transport: a mutation answers with its
 * payload and a typed error naming the field, a query with a typed top-level error; a
 * broken invariant is an internal error, not the client's fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class InputBindingApiTests {

	static final String PROBE_HOLD = """
			mutation($input: ProbeHoldInput!) {
			  probeHold(input: $input) { holdId locations errors { code field message } }
			}""";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl() {
		return GraphQlClients.http(this.port, null);
	}

	@Test
	void aMalformedIdInAMutationInputIsPayloadDataAndNothingRuns() {
		int before = BindingProbe.calls.get();
		graphQl().document(PROBE_HOLD)
			.variable("input", Map.of("holdId", "not-a-hold"))
			.execute()
			.errors()
			.verify()
			.path("probeHold.holdId")
			.valueIsNull()
			.path("probeHold.errors")
			.entityList(UserError.class)
			.containsExactly(new UserError("VALIDATION_FAILED", "input.holdId",
					"'not-a-hold' is not a valid value for input.holdId"));
		assertThat(BindingProbe.calls.get()).isEqualTo(before);
	}

	@Test
	void everyUnboundFieldIsNamedByItsPathInTheInput() {
		Map<String, Object> input = Map.of("holdId", "nope", "slot", Map.of("locationId", "nowhere"), "locationIds",
				List.of(UUID.randomUUID().toString(), "7f"));
		graphQl().document(PROBE_HOLD)
			.variable("input", input)
			.execute()
			.errors()
			.verify()
			.path("probeHold.errors[*].field")
			.entityList(String.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder("input.holdId", "input.slot.locationId",
					"input.locationIds[1]"));
	}

	@Test
	void literalInputIsBoundTheSameWay() {
		graphQl()
			.document("mutation { probeHold(input: {holdId: \"42\", slot: {locationId: \"x\"}}) "
					+ "{ holdId errors { code field } } }")
			.execute()
			.errors()
			.verify()
			.path("probeHold.errors[*].field")
			.entityList(String.class)
			.satisfies(
					(fields) -> assertThat(fields).containsExactlyInAnyOrder("input.holdId", "input.slot.locationId"));
	}

	@Test
	void wellFormedIdsReachTheController() {
		String hold = UUID.randomUUID().toString();
		graphQl().document(PROBE_HOLD)
			.variable("input",
					Map.of("holdId", hold, "slot", Map.of("locationId", UUID.randomUUID().toString()), "locationIds",
							List.of(UUID.randomUUID().toString())))
			.execute()
			.errors()
			.verify()
			.path("probeHold.holdId")
			.entity(String.class)
			.isEqualTo(hold)
			.path("probeHold.locations")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("probeHold.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aPayloadThatCannotCarryTheErrorLeavesItTopLevel() {
		graphQl().document("mutation { probeStrictHold(input: {holdId: \"nope\"}) { holdId } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
					.containsEntry("field", "input.holdId");
				assertThat(error.getPath()).isEqualTo("probeStrictHold");
			}));
	}

	@Test
	void aMalformedIdInAQueryIsATopLevelErrorNamingTheArgument() {
		int before = BindingProbe.calls.get();
		graphQl().document("{ probeLocation(label: \"x\", locationId: \"x\") }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
					.containsEntry("field", "locationId");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).isEqualTo("'x' is not a valid value for locationId");
			}));
		assertThat(BindingProbe.calls.get()).isEqualTo(before);
	}

	@Test
	void aBrokenInvariantIsAnInternalErrorThatIsLogged(CapturedOutput output) {
		AtomicReference<ResponseError> reported = new AtomicReference<>();
		graphQl().document("{ probeInvariant }")
			.execute()
			.errors()
			.satisfy((errors) -> reported.set(assertThat(errors).singleElement().actual()));
		ResponseError error = reported.get();
		assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
		assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR").containsKey("executionId");
		assertThat(error.getMessage()).doesNotContain("duplicate slot");
		assertThat(output).contains("Unexpected failure in /probeInvariant")
			.contains((String) error.getExtensions().get("executionId"))
			.contains("duplicate slot in grid 7f00");
	}

	/**
	 * A scalar that cannot be read rejects the whole document before anything runs
	 * (GraphQL validation), mutation or not; graphql-java names the argument in the
	 * message but has no structured path for it.
	 */
	@Test
	void unreadableScalarsRejectTheDocumentWithTheSameCode() {
		int before = BindingProbe.calls.get();
		graphQl().document("mutation { probeHold(input: {holdId: \"x\", when: \"soon\"}) { holdId } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED");
				assertThat(error.getMessage()).contains("input.when").contains("'soon' is not ISO-8601");
			}));
		graphQl().document("query($at: DateTime!) { probeWhen(at: $at) }")
			.variable("at", "yesterday")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED");
				assertThat(error.getMessage()).contains("Variable 'at'").contains("'yesterday' is not ISO-8601");
			}));
		assertThat(BindingProbe.calls.get()).isEqualTo(before);
	}

	record UserError(String code, String field, String message) {
	}

}

package io.slotwise.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * A fair share of the search bulkhead per caller: at most {@code perAddress} searches in
 * flight per client address and {@code perUser} per signed-in user on this instance. One
 * more is answered SEARCH_BUSY at once, before it can queue for the instance's search
 * permits, so one address flooding expensive searches holds at most its share of them and
 * everybody else's searches still get in. The rate limits bound how many searches a
 * caller makes per minute; this bounds how many at once, which is what starves others.
 * <p>
 * In memory on purpose: a search's permits are this instance's, so its fair share is too.
 * A caller appears in the table only while one of its searches runs, and the table holds
 * at most {@code maxCallers} of them (beyond that a new caller is refused too), so
 * spoofed or rotating addresses cannot grow it without bound.
 */
final class SearchShares extends SimplePerformantInstrumentation {

	private static final int RETRY_AFTER_SECONDS = 1;

	private final Set<String> fields;

	private final int perAddress;

	private final int perUser;

	private final int maxCallers;

	private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

	private final Probation probation;

	SearchShares(Set<String> fields, int perAddress, int perUser, int maxCallers, Probation probation) {
		if (perAddress < 1 || perUser < 1 || maxCallers < 1) {
			throw new IllegalArgumentException(
					"slotwise.search: per-address-concurrent, per-user-concurrent and max-tracked-callers must be positive");
		}
		this.fields = Set.copyOf(fields);
		this.perAddress = perAddress;
		this.perUser = perUser;
		this.maxCallers = maxCallers;
		this.probation = probation;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.getExecutionStepInfo().getPath().getLevel() != 1
				|| !this.fields.contains(parameters.getExecutionStepInfo().getFieldDefinition().getName())) {
			return dataFetcher;
		}
		return (environment) -> shared(dataFetcher, environment);
	}

	private Object shared(DataFetcher<?> dataFetcher, DataFetchingEnvironment environment) throws Exception {
		String ip = CallerContext.clientIp(environment.getGraphQlContext());
		String address = "ip:" + ip;
		Optional<String> user = CallerContext.user(environment.getGraphQlContext()).map((subject) -> "user:" + subject);
		if (!enter(address, this.perAddress)) {
			return busy(environment, ip, "address");
		}
		if (user.isPresent() && !enter(user.get(), this.perUser)) {
			leave(address);
			return busy(environment, ip, "user");
		}
		Runnable done = () -> {
			leave(address);
			user.ifPresent(this::leave);
		};
		Object result;
		try {
			result = dataFetcher.get(environment);
		}
		catch (Exception | Error ex) {
			done.run();
			throw ex;
		}
		if (result instanceof CompletionStage<?> running) {
			// the search runs on another thread: its share is taken until it really ends
			running.whenComplete((value, failure) -> done.run());
		}
		else {
			done.run();
		}
		return result;
	}

	/** Takes one of the caller's searches, atomically with the check against the cap. */
	private boolean enter(String caller, int cap) {
		if (this.inFlight.size() >= this.maxCallers && !this.inFlight.containsKey(caller)) {
			return false;
		}
		boolean[] entered = { false };
		this.inFlight.compute(caller, (key, running) -> {
			int now = (running != null) ? running : 0;
			if (now >= cap) {
				return running;
			}
			entered[0] = true;
			return now + 1;
		});
		return entered[0];
	}

	// the entry goes with the caller's last search, so the table holds only callers in
	// flight
	private void leave(String caller) {
		this.inFlight.computeIfPresent(caller, (key, running) -> (running > 1) ? running - 1 : null);
	}

	private DataFetcherResult<Object> busy(DataFetchingEnvironment environment, String ip, String per) {
		int cap = "user".equals(per) ? this.perUser : this.perAddress;
		// told to come back in a second: sent again sooner, it waits in the filter
		this.probation.refused(ip, "SEARCH_BUSY", Duration.ofSeconds(RETRY_AFTER_SECONDS));
		return DataFetcherResult.newResult()
			.error(GraphqlErrorBuilder.newError(environment)
				.message("At most " + cap + " searches at once per " + per + "; wait for one to finish")
				.errorType(ErrorType.ExecutionAborted)
				.extensions(Map.of("code", "SEARCH_BUSY", "per", per, "retryAfterSeconds", RETRY_AFTER_SECONDS))
				.build())
			.build();
	}

}

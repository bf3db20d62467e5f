package io.slotwise.platform.ratelimit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.ErrorType;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.slotwise.scheduling.HoldConversion;

/**
 * Spends a bucket's permits for every root field that belongs to it, per signed-in user
 * and per client address, before the field runs. A refused field answers {@code null}
 * with a top-level error {@code RATE_LIMITED} whose extensions carry the bucket and
 * {@code retryAfterSeconds}; nothing of it ran. A user whose holds rarely become bookings
 * gets the bucket's stricter {@code slowedPerUser} budget.
 */
final class RateLimits extends SimplePerformantInstrumentation {

	private final RateLimitSettings settings;

	private final Limiters limiters;

	private final HoldConversion conversion;

	private final Map<String, String> bucketOfField = new HashMap<>();

	private final Probation probation;

	RateLimits(RateLimitSettings settings, Limiters limiters, HoldConversion conversion, Probation probation) {
		this.settings = settings;
		this.probation = probation;
		this.limiters = limiters;
		this.conversion = conversion;
		settings.buckets()
			.forEach((name, bucket) -> bucket.fields().forEach((field) -> this.bucketOfField.put(field, name)));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (!this.settings.enabled() || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
			return dataFetcher;
		}
		String bucketName = this.bucketOfField.get(parameters.getExecutionStepInfo().getFieldDefinition().getName());
		if (bucketName == null) {
			return dataFetcher;
		}
		RateLimitSettings.Bucket bucket = this.settings.buckets().get(bucketName);
		return (environment) -> {
			long exhausted = exhausted(bucketName, bucket, environment.getGraphQlContext());
			return (exhausted == 0) ? dataFetcher.get(environment)
					: refused(environment, bucketName, bucket, exhausted);
		};
	}

	/** The size of the budget that ran out, or 0 when the call may go ahead. */
	private long exhausted(String name, RateLimitSettings.Bucket bucket, GraphQLContext context) {
		Optional<String> user = CallerContext.user(context);
		if (user.isPresent()) {
			long perUser = slowed(bucket, user.get()) ? bucket.slowedPerUser() : bucket.perUser();
			if (!this.limiters.tryAcquire(name + ":user:" + user.get() + ":" + perUser, perUser, bucket.period(), 1)) {
				return perUser;
			}
		}
		String ip = CallerContext.clientIp(context);
		return this.limiters.tryAcquire(name + ":ip:" + ip, bucket.perIp(), bucket.period(), 1) ? 0 : bucket.perIp();
	}

	private boolean slowed(RateLimitSettings.Bucket bucket, String user) {
		if (bucket.slowedPerUser() == 0) {
			return false;
		}
		try {
			return this.conversion.belowNorm(UUID.fromString(user));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private DataFetcherResult<Object> refused(DataFetchingEnvironment environment, String bucketName,
			RateLimitSettings.Bucket bucket, long budget) {
		// a token bucket refills one permit every period / budget
		long retryAfter = Math.max(1, (long) Math.ceil(bucket.period().toMillis() / 1000.0 / budget));
		// sent again before then, the address's requests wait in the filter
		this.probation.refused(CallerContext.clientIp(environment.getGraphQlContext()), "RATE_LIMITED",
				Duration.ofSeconds(retryAfter));
		return DataFetcherResult.newResult()
			.error(GraphqlErrorBuilder.newError(environment)
				.message("Too many " + bucketName + " requests; retry in about " + retryAfter + " s")
				.errorType(ErrorType.ExecutionAborted)
				.extensions(Map.of("code", "RATE_LIMITED", "bucket", bucketName, "retryAfterSeconds", retryAfter))
				.build())
			.build();
	}

}

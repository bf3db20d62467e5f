package io.slotwise.platform.graphql.limits;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The budget of one GraphQL request ({@code slotwise.graphql.*}); every one has a
 * default.
 *
 * @param maxDepth deepest selection allowed
 * @param maxCost cost budget of a document, from {@code fieldCosts} (1 per field
 * otherwise), a list field's selection counted once per item it may return
 * @param maxRootFields root fields per document, aliases included
 * @param onceOnly root fields a document may select at most once (writes that hold or
 * book, and search)
 * @param fieldCosts the cost of a field by {@code Type.field}
 * @param maxBodyBytes the largest request body, variables included
 * @param timeout how long one request may execute
 */
@ConfigurationProperties("slotwise.graphql")
public record QueryLimits(@Nullable Integer maxDepth, @Nullable Integer maxCost, @Nullable Integer maxRootFields,
		@Nullable Set<String> onceOnly, @Nullable Map<String, Integer> fieldCosts, @Nullable Integer maxBodyBytes,
		@Nullable Duration timeout) {

	public QueryLimits {
		maxDepth = Objects.requireNonNullElse(maxDepth, 12);
		maxCost = Objects.requireNonNullElse(maxCost, 5_000);
		maxRootFields = Objects.requireNonNullElse(maxRootFields, 10);
		onceOnly = Objects.requireNonNullElse(onceOnly, Set.of("holdSlot", "bookWithoutHold", "confirmBooking",
				"searchPractitioners", "groupSlots", "holdGroup", "confirmGroupBooking"));
		fieldCosts = Objects.requireNonNullElse(fieldCosts,
				Map.of("Query.searchPractitioners", 200, "Query.availableSlots", 20, "Query.locationsNear", 20,
						"Query.practitioners", 10, "Query.groupSlots", 400));
		maxBodyBytes = Objects.requireNonNullElse(maxBodyBytes, 64 * 1024);
		timeout = Objects.requireNonNullElse(timeout, Duration.ofSeconds(10));
	}

	int costOf(String type, String field) {
		return this.fieldCosts.getOrDefault(type + "." + field, 1);
	}

}

package io.slotwise.analytics.adapter.in.graphql;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import graphql.GraphqlErrorException;
import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The funnel report for staff (their locations) and admins (all). An empty or reversed
 * period, or one longer than a year, is the caller's mistake and answered as such.
 */
@Controller
class FunnelQueries {

	private static final java.time.Duration LONGEST = java.time.Duration.ofDays(366);

	private static final int LONGEST_SPECIALTY = 64;

	private final ReportFunnel reports;

	FunnelQueries(ReportFunnel reports) {
		this.reports = reports;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	FunnelReport funnel(@Argument FunnelFilter filter, Viewer viewer) {
		if (!filter.from().isBefore(filter.to())
				|| java.time.Duration.between(filter.from(), filter.to()).compareTo(LONGEST) > 0) {
			throw GraphqlErrorException.newErrorException()
				.message("to must be after from, at most a year later")
				.extensions(Map.of("code", "VALIDATION_FAILED", "field", "filter.to"))
				.build();
		}
		if (filter.specialty() != null && filter.specialty().length() > LONGEST_SPECIALTY) {
			throw GraphqlErrorException.newErrorException()
				.message("A specialty code has at most " + LONGEST_SPECIALTY + " characters")
				.extensions(Map.of("code", "VALIDATION_FAILED", "field", "filter.specialty"))
				.build();
		}
		return this.reports.funnel(filter.toQuery(), viewer.staffLocations());
	}

	/**
	 * @param bucket null: DAY
	 */
	record FunnelFilter(Instant from, Instant to, @Nullable UUID locationId, @Nullable UUID practitionerId,
			@Nullable UUID visitTypeId, @Nullable String specialty, FunnelQuery.@Nullable Bucket bucket) {

		FunnelQuery toQuery() {
			return new FunnelQuery(this.from, this.to, this.locationId, this.practitionerId, this.visitTypeId,
					this.specialty, Objects.requireNonNullElse(this.bucket, FunnelQuery.Bucket.DAY));
		}

	}

}

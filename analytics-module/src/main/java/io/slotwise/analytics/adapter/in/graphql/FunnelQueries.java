package io.slotwise.analytics.adapter.in.graphql;

import java.time.Instant;
import java.util.Map;

import graphql.GraphqlErrorException;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The funnel report for staff. An empty or reversed period is the caller's mistake and
 * answered as such; the domain's own check behind it guards against bugs.
 */
@Controller
class FunnelQueries {

	private final ReportFunnel reports;

	FunnelQueries(ReportFunnel reports) {
		this.reports = reports;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	FunnelReport funnel(@Argument Instant from, @Argument Instant to) {
		if (!from.isBefore(to)) {
			throw GraphqlErrorException.newErrorException()
				.message("to must be after from")
				.extensions(Map.of("code", "VALIDATION_FAILED", "field", "to"))
				.build();
		}
		return this.reports.funnel(from, to);
	}

}

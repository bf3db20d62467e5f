package io.slotwise.analytics.adapter.in.graphql;

import java.time.Instant;

import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class FunnelQueries {

	private final ReportFunnel reports;

	FunnelQueries(ReportFunnel reports) {
		this.reports = reports;
	}

	@QueryMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	FunnelReport funnel(@Argument Instant from, @Argument Instant to) {
		return this.reports.funnel(from, to);
	}

}

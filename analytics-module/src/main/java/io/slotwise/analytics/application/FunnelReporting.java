package io.slotwise.analytics.application;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.domain.Funnel;
import io.slotwise.analytics.domain.FunnelFacts;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FunnelReporting implements ReportFunnel {

	private final FunnelFacts facts;

	FunnelReporting(FunnelFacts facts) {
		this.facts = facts;
	}

	@Override
	public FunnelReport funnel(FunnelQuery query, @Nullable Set<UUID> staffLocations) {
		if (staffLocations != null && (query.location() == null || !staffLocations.contains(query.location()))) {
			throw new AccessDeniedException("Staff see the funnel of their own locations only");
		}
		Map<FunnelReport.Stage, Long> journeys = this.facts.journeysPerStage(query);
		return new FunnelReport(query.from(), query.to(), Funnel.stages(journeys), Funnel.overall(journeys),
				this.facts.timeToBook(query), this.facts.holds(query), this.facts.cancellations(query),
				this.facts.series(query));
	}

}

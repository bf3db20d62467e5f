package io.slotwise.analytics.application;

import java.util.Set;
import java.util.UUID;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.domain.FunnelFacts;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FunnelReporting implements ReportFunnel {

	private final FunnelFacts facts;

	private final LocationZones zones;

	FunnelReporting(FunnelFacts facts, LocationZones zones) {
		this.facts = facts;
		this.zones = zones;
	}

	@Override
	public FunnelReport funnel(FunnelQuery asked, @Nullable Set<UUID> staffLocations) {
		if (staffLocations != null && (asked.location() == null || !staffLocations.contains(asked.location()))) {
			throw new AccessDeniedException("Staff see the funnel of their own locations only");
		}
		// A location's days start at its own midnight; the network's at UTC's.
		FunnelQuery query = (asked.location() != null)
				? asked.inZone(this.zones.zoneOf(asked.location()).orElse(asked.zone())) : asked;
		return this.facts.report(query);
	}

}

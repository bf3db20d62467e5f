package io.slotwise.analytics.application;

import java.time.Instant;

import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.ReportFunnel;
import io.slotwise.analytics.domain.Funnel;
import io.slotwise.analytics.domain.FunnelSteps;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class FunnelReporting implements ReportFunnel {

	private final FunnelSteps steps;

	FunnelReporting(FunnelSteps steps) {
		this.steps = steps;
	}

	@Override
	public FunnelReport funnel(Instant from, Instant to) {
		return Funnel.report(from, to, this.steps.journeysPerStage(from, to));
	}

}

package io.slotwise.analytics.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.slotwise.analytics.FunnelReport;
import io.slotwise.analytics.FunnelReport.StageCount;
import io.slotwise.analytics.FunnelStage;

/**
 * Turns per-stage journey counts into a report with stage-to-stage conversion.
 */
public final class Funnel {

	private Funnel() {
	}

	public static FunnelReport report(Instant from, Instant to, Map<FunnelStage, Long> journeys) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
		List<StageCount> stages = new ArrayList<>();
		Long previous = null;
		for (FunnelStage stage : FunnelStage.values()) {
			long count = journeys.getOrDefault(stage, 0L);
			double conversion = (previous == null) ? 1.0 : (previous == 0) ? 0.0 : (double) count / previous;
			stages.add(new StageCount(stage, count, conversion));
			previous = count;
		}
		return new FunnelReport(from, to, List.copyOf(stages));
	}

}

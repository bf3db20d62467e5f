package io.slotwise.analytics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.slotwise.analytics.FunnelReport.Stage;
import io.slotwise.analytics.FunnelReport.StageCount;

/**
 * Stage-to-stage arithmetic over per-stage journey counts.
 */
public final class Funnel {

	private Funnel() {
	}

	public static List<StageCount> stages(Map<Stage, Long> journeys) {
		List<StageCount> stages = new ArrayList<>();
		Long previous = null;
		for (Stage stage : Stage.values()) {
			long count = journeys.getOrDefault(stage, 0L);
			stages.add(new StageCount(stage, count, (previous == null) ? 1.0 : share(count, previous)));
			previous = count;
		}
		return List.copyOf(stages);
	}

	public static double overall(Map<Stage, Long> journeys) {
		return share(journeys.getOrDefault(Stage.BOOK, 0L), journeys.getOrDefault(Stage.SEARCH, 0L));
	}

	/** part / whole, 0 when the whole is zero. */
	public static double share(long part, long whole) {
		return (whole == 0) ? 0.0 : (double) part / whole;
	}

}

package io.slotwise.analytics;

import java.time.Instant;

/**
 * The booking funnel over a period.
 */
public interface ReportFunnel {

	FunnelReport funnel(Instant from, Instant to);

}

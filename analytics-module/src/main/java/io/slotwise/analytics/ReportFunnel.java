package io.slotwise.analytics;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The booking funnel over a period, from the stored facts only.
 */
public interface ReportFunnel {

	/**
	 * @param staffLocations the locations a staff caller may see; null for an admin, who
	 * sees all. A staff caller must name one of theirs.
	 * @throws org.springframework.security.access.AccessDeniedException when a staff
	 * caller asks for a location that is not theirs, or for none
	 */
	FunnelReport funnel(FunnelQuery query, @Nullable Set<UUID> staffLocations);

}

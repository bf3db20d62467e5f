package io.slotwise.analytics.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.analytics.FunnelQuery;
import io.slotwise.analytics.FunnelReport;

/**
 * Every stored fact of every journey, append-only, and the figures computed from them.
 */
public interface FunnelFacts {

	/** Stores the fact unless a fact with its id is stored already; true if stored. */
	boolean append(FunnelFact fact);

	/**
	 * Every figure of the funnel over the query's period, each aggregate read once (the
	 * methods below are its parts, each reading what it needs).
	 */
	FunnelReport report(FunnelQuery query);

	/** Distinct journeys per stage; stages nobody reached are absent. */
	Map<FunnelReport.Stage, Long> journeysPerStage(FunnelQuery query);

	FunnelReport.TimeToBook timeToBook(FunnelQuery query);

	FunnelReport.Holds holds(FunnelQuery query);

	FunnelReport.Cancellations cancellations(FunnelQuery query);

	FunnelReport.Waitlist waitlist(FunnelQuery query);

	/** Groups booked in the period. */
	long groupBookings(FunnelQuery query);

	List<FunnelReport.Bucket> series(FunnelQuery query);

	/**
	 * Per practitioner: booked journeys in [from, to) that searched first, and the median
	 * time from first search to first booking with that practitioner.
	 */
	Map<UUID, FunnelReport.TimeToBook> timeToBookPerPractitioner(Collection<UUID> practitioners, Instant from,
			Instant to);

	/** Drops whole months that end at or before {@code cutoff}; returns their names. */
	List<String> dropMonthsBefore(Instant cutoff);

	/**
	 * Stores a patient's fact (as {@link #append}) in the journey the patient linked last
	 * at or before it, else in the fact's own journey (the patient's pseudonymous one),
	 * and for a confirmed booking ({@code keepsBooker}) remembers who booked it, where,
	 * so only they may pledge (as {@link Pledges#booked}): one call, not three.
	 */
	boolean appendOfPatient(FunnelFact fact, String patientKey, boolean keepsBooker);

}

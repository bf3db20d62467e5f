package io.slotwise.analytics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns.Campaign;
import io.slotwise.analytics.DonationCampaigns.PledgeFigures;
import org.jspecify.annotations.Nullable;

/**
 * Donation campaigns and the pledges made under them.
 */
public interface Pledges {

	void save(Campaign campaign, Instant at);

	Optional<Campaign> campaign(UUID location);

	/** Stores the answer unless the booking was answered before; true if stored. */
	boolean record(UUID appointment, UUID location, @Nullable Integer amountCents, Instant at);

	/** How many pledges (not "no thanks") were each amount, at the location. */
	Map<Integer, Long> amounts(UUID location);

	List<PledgeFigures> figures(Instant from, Instant to, @Nullable UUID location);

	/**
	 * Who booked (a pseudonym) and where, as {@link FunnelFacts#appendOfPatient} kept it
	 * with the booking's fact.
	 */
	Optional<Booking> booking(UUID appointment);

	/** A booking as far as pledging needs it. */
	record Booking(String patientKey, UUID location) {

	}

}

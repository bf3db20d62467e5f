package io.slotwise.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.ReleaseHold;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Holds are subtracted when search reads its cached days, not by invalidating them
 * (docs/adr/0025): a held slot disappears from everyone's next search and comes back on
 * release while the practitioner's cache version stays where it was; a confirmed hold
 * stays hidden as a booking. Expected counts come from the scheduling core, which
 * subtracts holds itself.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchHoldsTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	SearchPractitioners search;

	@Autowired
	FindAvailableSlots slots;

	@Autowired
	HoldSlot holdSlot;

	@Autowired
	ReleaseHold release;

	@Autowired
	ConfirmBooking confirm;

	@Autowired
	RedissonClient redisson;

	@Autowired
	Clock clock;

	SearchNetwork network;

	@BeforeEach
	void network() {
		this.network = new SearchNetwork(this.catalog);
	}

	@Test
	void aHeldSlotIsHiddenFromEveryoneAndBackOnReleaseWithoutInvalidatingTheCache() {
		Search query = Search.of(this.network).miles(3);
		SearchResult before = near(query);
		Slot first = before.nextSlots().getFirst();
		near(query); // the days are cached now
		String version = version();

		PatientId holder = new PatientId(UUID.randomUUID());
		HoldDetails hold = done(this.holdSlot.holdSlot(holder, request(first)));
		SearchResult held = near(query);
		assertThat(held.nextSlots()).doesNotContain(first);
		assertThat(held.urgency().slotsLeftThisWeek()).isEqualTo(freeThisWeek())
			.isLessThan(before.urgency().slotsLeftThisWeek());
		assertThat(version()).as("a hold bumps no cache version").isEqualTo(version);

		done(this.release.releaseHold(holder, hold.id()));
		SearchResult released = near(query);
		assertThat(released.nextSlots().getFirst()).isEqualTo(first);
		assertThat(released.urgency().slotsLeftThisWeek()).isEqualTo(before.urgency().slotsLeftThisWeek());
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aConfirmedHoldStaysHiddenAsABooking() {
		Search query = Search.of(this.network).miles(3);
		SearchResult before = near(query);
		Slot first = before.nextSlots().getFirst();
		PatientId holder = new PatientId(UUID.randomUUID());
		HoldDetails hold = done(this.holdSlot.holdSlot(holder, request(first)));
		assertThat(near(query).nextSlots()).doesNotContain(first);

		done(this.confirm.confirmBooking(holder, hold.id(), Optional.empty()));
		SearchResult booked = near(query);
		assertThat(booked.nextSlots()).doesNotContain(first);
		assertThat(booked.urgency().slotsLeftThisWeek()).isEqualTo(freeThisWeek())
			.isLessThan(before.urgency().slotsLeftThisWeek());
	}

	private SlotRequest request(Slot slot) {
		return new SlotRequest(this.network.near.id(), this.network.manhattan.id(), this.network.visitType.id(),
				slot.start());
	}

	private int freeThisWeek() {
		LocalDate today = LocalDate.now(this.clock.withZone(NEW_YORK));
		return done(this.slots.availableSlots(new AvailabilityQuery(this.network.near.id(), this.network.manhattan.id(),
				this.network.visitType.id(), today, today.plusDays(6))))
			.size();
	}

	private String version() {
		return String.valueOf(
				this.redisson.getBucket("slotwise:search:v:" + this.network.near.id().value(), StringCodec.INSTANCE)
					.get());
	}

	private SearchResult near(Search query) {
		SearchOutcome outcome = this.search.search(query.query(), 0, 50);
		assertThat(outcome).isInstanceOf(SearchOutcome.Found.class);
		List<SearchResult> results = ((SearchOutcome.Found) outcome).results();
		return results.stream()
			.filter((result) -> result.practitioner().id().equals(this.network.near.id()))
			.findFirst()
			.orElseThrow();
	}

	private static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

}

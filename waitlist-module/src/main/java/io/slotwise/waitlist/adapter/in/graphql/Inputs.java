package io.slotwise.waitlist.adapter.in.graphql;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * Mutation inputs; typed ids are bound through their {@code of(String)}, a malformed one
 * is a VALIDATION_FAILED payload error naming the field.
 */
final class Inputs {

	private Inputs() {
	}

	record PreferencesInput(VisitTypeId visitTypeId, @Nullable List<PractitionerId> practitionerIds,
			@Nullable List<LocationId> locationIds, @Nullable String zip, @Nullable Double radiusMiles,
			LocalDate earliest, LocalDate latest, @Nullable List<DayOfWeek> daysOfWeek,
			@Nullable List<WindowInput> windows, @Nullable Duration minimumNotice, @Nullable List<Channel> channels,
			@Nullable String email) {

		Preferences toPreferences() {
			return new Preferences(this.visitTypeId, or(this.practitionerIds), or(this.locationIds), this.zip,
					this.radiusMiles, this.earliest, this.latest, Set.copyOf(or(this.daysOfWeek)),
					or(this.windows).stream().map((w) -> new TimeWindow(w.from(), w.to())).toList(),
					Objects.requireNonNullElse(this.minimumNotice, Duration.ZERO), Set.copyOf(or(this.channels)),
					this.email);
		}

		private static <T> List<T> or(@Nullable List<T> list) {
			return (list != null) ? list : List.of();
		}

	}

	record WindowInput(LocalTime from, LocalTime to) {
	}

	record JoinWaitlistInput(PreferencesInput preferences) {
	}

	record UpdateWaitlistEntryInput(EntryId entryId, PreferencesInput preferences) {
	}

	record LeaveWaitlistInput(EntryId entryId) {
	}

	record SetWaitlistPriorityInput(EntryId entryId, int priority) {
	}

	record OfferInput(OfferId offerId) {
	}

}

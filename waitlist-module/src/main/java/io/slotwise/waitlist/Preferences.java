package io.slotwise.waitlist;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import org.jspecify.annotations.Nullable;

/**
 * What a waiting patient would accept and how to reach them. Unchecked here: the waitlist
 * answers bad preferences with typed errors naming the field. Empty practitioners mean
 * any practitioner offering the visit type (which fixes the specialty); empty locations
 * with a ZIP and radius mean the locations within that radius; empty windows mean any
 * time of day.
 *
 * @param earliest first acceptable day, inclusive
 * @param latest last acceptable day, inclusive; the entry expires after it
 * @param minimumNotice the shortest notice accepted ("not less than 2 hours ahead")
 */
public record Preferences(VisitTypeId visitType, List<PractitionerId> practitioners, List<LocationId> locations,
		@Nullable String zip, @Nullable Double radiusMiles, LocalDate earliest, LocalDate latest, Set<DayOfWeek> days,
		List<TimeWindow> windows, Duration minimumNotice, Set<Channel> channels, @Nullable String email) {

	public Preferences {
		Objects.requireNonNull(visitType, "visitType");
		Objects.requireNonNull(earliest, "earliest");
		Objects.requireNonNull(latest, "latest");
		Objects.requireNonNull(minimumNotice, "minimumNotice");
		practitioners = List.copyOf(practitioners);
		locations = List.copyOf(locations);
		days = days.isEmpty() ? Set.of(DayOfWeek.values()) : Set.copyOf(days);
		windows = List.copyOf(windows);
		channels = channels.isEmpty() ? Set.of(Channel.IN_APP) : Set.copyOf(channels);
	}

	public Preferences withLocations(List<LocationId> resolved) {
		return new Preferences(this.visitType, this.practitioners, resolved, this.zip, this.radiusMiles, this.earliest,
				this.latest, this.days, this.windows, this.minimumNotice, this.channels, this.email);
	}

}

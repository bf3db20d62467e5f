package io.slotwise.scheduling.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.application.BookingActivity.Booked;
import io.slotwise.scheduling.application.BookingActivity.Counts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Booking counts for urgency labels, from each practitioner's still-booked appointments
 * remembered under their availability version token (ADR 0031). Every booking,
 * cancellation and reschedule, on any instance, sets a new token after its commit (ADR
 * 0005), so while the token read by a search is the one remembered, so are the
 * practitioner's appointments. The counts are taken at each read, as the windows slide
 * with the clock: what is remembered covers the windows of any moment in the next
 * {@link #KEPT} (created within the recent window before the load, or starting before the
 * end of the period after the load plus {@link #KEPT}), and is read again after that.
 * Without a token (Redis down) nothing is remembered.
 */
@Component
class BookingCounts {

	/**
	 * How long a remembered list serves, and so how much wider than the windows it is.
	 */
	static final Duration KEPT = Duration.ofMinutes(2);

	/** Practitioners remembered at most; past it the memory starts again. */
	static final int MAX_REMEMBERED = 50_000;

	private final BookingActivity activity;

	private final Map<PractitionerId, Remembered> remembered = new ConcurrentHashMap<>();

	BookingCounts(BookingActivity activity) {
		this.activity = activity;
	}

	/**
	 * @param versions the practitioners' version tokens as read by this search, or null
	 * @param recent count bookings created in {@code [now - recent, now]} and after
	 * @param period count booked appointments starting in {@code [now, now + period)}
	 */
	Map<PractitionerId, Counts> counts(Collection<PractitionerId> practitioners,
			@Nullable Map<PractitionerId, String> versions, Instant now, Duration recent, Duration period) {
		Map<PractitionerId, Counts> counts = new HashMap<>();
		List<PractitionerId> missing = new ArrayList<>();
		for (PractitionerId practitioner : practitioners) {
			String token = (versions != null) ? versions.get(practitioner) : null;
			Remembered known = (token != null) ? this.remembered.get(practitioner) : null;
			if (known != null && known.serves(token, now, recent, period)) {
				counts.put(practitioner, known.count(now, recent, period));
			}
			else {
				missing.add(practitioner);
			}
		}
		if (missing.isEmpty()) {
			return counts;
		}
		Map<PractitionerId, List<Booked>> loaded = this.activity.booked(missing, now.minus(recent), now,
				now.plus(period).plus(KEPT));
		if (this.remembered.size() + missing.size() > MAX_REMEMBERED) {
			this.remembered.clear();
		}
		for (PractitionerId practitioner : missing) {
			String token = (versions != null) ? versions.get(practitioner) : null;
			Remembered fresh = new Remembered(token, now, recent, period,
					List.copyOf(loaded.getOrDefault(practitioner, List.of())));
			if (token != null) {
				this.remembered.put(practitioner, fresh);
			}
			counts.put(practitioner, fresh.count(now, recent, period));
		}
		return counts;
	}

	private record Remembered(@Nullable String token, Instant loadedAt, Duration recent, Duration period,
			List<Booked> booked) {

		boolean serves(String token, Instant now, Duration recent, Duration period) {
			return token.equals(this.token) && recent.equals(this.recent) && period.equals(this.period)
					&& !now.isBefore(this.loadedAt) && !now.isAfter(this.loadedAt.plus(KEPT));
		}

		Counts count(Instant now, Duration recent, Duration period) {
			Instant since = now.minus(recent);
			Instant end = now.plus(period);
			int created = 0;
			int starting = 0;
			for (Booked one : this.booked) {
				if (!one.createdAt().isBefore(since)) {
					created++;
				}
				if (!one.start().isBefore(now) && one.start().isBefore(end)) {
					starting++;
				}
			}
			return new Counts(created, starting);
		}

	}

}

package io.slotwise.scheduling.application;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one patient from booking out a calendar
 * ({@code slotwise.scheduling.anti-hoarding.*}, OWASP OAT-021). They bind patients acting
 * for themselves; staff and administrators book for others and are not capped.
 *
 * @param enabled off only in tests that are not about hoarding
 * @param maxFutureBookings a patient's booked future appointments, in total
 * @param maxPerPractitionerPerDay bookings with one practitioner within any one day
 * @param holdCooldown how long a patient must wait before holding again a slot they just
 * released or let expire
 * @param directBookingOnlyWithoutHolds a patient may book without a hold only while the
 * hold store is unavailable (staff always may)
 * @param conversionMinHolds holds a user must have placed before their conversion is
 * judged
 * @param conversionFloor a user converting less than this fraction of the norm is slowed
 * @param conversionMemory how long hold and booking counts are remembered
 */
@ConfigurationProperties("slotwise.scheduling.anti-hoarding")
public record AntiHoardingSettings(Boolean enabled, Integer maxFutureBookings, Integer maxPerPractitionerPerDay,
		Duration holdCooldown, Boolean directBookingOnlyWithoutHolds, Integer conversionMinHolds,
		Double conversionFloor, Duration conversionMemory) {

	public AntiHoardingSettings {
		enabled = Objects.requireNonNullElse(enabled, Boolean.TRUE);
		maxFutureBookings = Objects.requireNonNullElse(maxFutureBookings, 5);
		maxPerPractitionerPerDay = Objects.requireNonNullElse(maxPerPractitionerPerDay, 1);
		holdCooldown = Objects.requireNonNullElse(holdCooldown, Duration.ofMinutes(5));
		directBookingOnlyWithoutHolds = Objects.requireNonNullElse(directBookingOnlyWithoutHolds, Boolean.TRUE);
		conversionMinHolds = Objects.requireNonNullElse(conversionMinHolds, 10);
		conversionFloor = Objects.requireNonNullElse(conversionFloor, 0.25);
		conversionMemory = Objects.requireNonNullElse(conversionMemory, Duration.ofDays(1));
	}

}

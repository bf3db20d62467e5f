package io.slotwise.waitlist.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.TimeWindow;
import io.slotwise.waitlist.WaitlistProblem;

/**
 * Bounds on what a patient may ask for, each refusal naming its input field.
 *
 * @param maxDays the longest date range
 * @param maxChoices the most practitioners, locations or windows
 * @param maxRadiusMiles the widest ZIP radius
 */
public record PreferenceRules(int maxDays, int maxChoices, double maxRadiusMiles) {

	public Optional<WaitlistProblem> check(Preferences wish, LocalDate today) {
		if (wish.latest().isBefore(wish.earliest())) {
			return problem("latest", "The date range must not end before it starts");
		}
		if (wish.latest().isBefore(today)) {
			return problem("latest", "The date range is in the past");
		}
		if (ChronoUnit.DAYS.between(wish.earliest(), wish.latest()) >= this.maxDays) {
			return problem("latest", "Wait for at most " + this.maxDays + " days at a time");
		}
		if (wish.practitioners().size() > this.maxChoices || wish.locations().size() > this.maxChoices) {
			return problem(wish.practitioners().size() > this.maxChoices ? "practitionerIds" : "locationIds",
					"Name at most " + this.maxChoices);
		}
		if (wish.windows().size() > this.maxChoices || !wish.windows().stream().allMatch(TimeWindow::isOrdered)) {
			return problem("windows", "At most " + this.maxChoices + " windows, each ending after it starts");
		}
		if (wish.minimumNotice().isNegative() || wish.minimumNotice().compareTo(Duration.ofDays(14)) > 0) {
			return problem("minimumNotice", "The notice must be between 0 and 14 days");
		}
		if ((wish.zip() == null) != (wish.radiusMiles() == null)) {
			return problem("radiusMiles", "A ZIP code and a radius go together");
		}
		if (wish.radiusMiles() != null && !(wish.radiusMiles() > 0 && wish.radiusMiles() <= this.maxRadiusMiles)) {
			return problem("radiusMiles", "The radius must be above 0 and at most " + this.maxRadiusMiles + " miles");
		}
		if (wish.channels().contains(Channel.EMAIL) && (wish.email() == null || wish.email().length() > 254
				|| !wish.email().matches("[^@\\s]+@[^@\\s]+"))) {
			return problem("email", "E-mail notices need a valid address");
		}
		return Optional.empty();
	}

	private static Optional<WaitlistProblem> problem(String field, String message) {
		return Optional.of(WaitlistProblem.inField(field, message));
	}

}

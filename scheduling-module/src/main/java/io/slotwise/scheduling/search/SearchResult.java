package io.slotwise.scheduling.search;

import io.slotwise.scheduling.Slot;

import java.time.Duration;
import java.util.List;

import io.slotwise.resources.Distance;
import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.VisitType;
import org.jspecify.annotations.Nullable;

/**
 * One practitioner at one location (their nearest that offers the visit type).
 *
 * @param distance from the patient's point
 * @param visitType the visit type the slots are for
 * @param visitTypeChosenBySearch true when the patient gave only a specialty and search
 * picked its first visit type
 * @param nextSlots the first free slots matching the time-of-day and weekday wishes; the
 * first is the one to pre-fill
 * @param match the score and its explanation
 * @param urgency counts behind urgency labels, all from stored data
 */
public record SearchResult(Practitioner practitioner, LocationDetails location, Distance distance, VisitType visitType,
		boolean visitTypeChosenBySearch, List<Slot> nextSlots, Match match, Urgency urgency) {

	/**
	 * @param score 0-100
	 * @param breakdown one entry per component; their points add up to the score
	 */
	public record Match(int score, List<ScoreComponent> breakdown) {

	}

	/**
	 * @param name availability, distance, rating, language or insurance
	 * @param value how well the result does on it, 0-1
	 * @param weight its share of all weights, 0-1
	 * @param points what it added to the score
	 */
	public record ScoreComponent(String name, double value, double weight, double points) {

	}

	/**
	 * @param slotsLeftToday free slots today (location's calendar) for this practitioner,
	 * location and visit type
	 * @param slotsLeftThisWeek free slots today and the six days after
	 * @param fillingFast whether the filling-fast rule holds on the facts below
	 * @param recentBookings bookings made for the practitioner within
	 * {@code recentWindow}
	 * @param recentWindow how far back "recent" reaches
	 * @param bookedThisWeek the practitioner's booked appointments in the coming seven
	 * days
	 * @param liveViewers distinct people who viewed the practitioner's page recently;
	 * null when Redis cannot be asked (unknown, not zero)
	 */
	public record Urgency(int slotsLeftToday, int slotsLeftThisWeek, boolean fillingFast, int recentBookings,
			Duration recentWindow, int bookedThisWeek, @Nullable LiveViewers liveViewers) {

	}

}

package io.slotwise.resources;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds practitioners by what patients care about: specialty, language, insurance, place
 * and distance. Scheduling's practitioner search builds on {@link #near(NearbySearch)}.
 */
public interface FindPractitioners {

	Optional<Practitioner> practitioner(PractitionerId id);

	/** Practitioners matching every given criterion, by name then id. */
	List<Practitioner> practitioners(PractitionerFilter filter, int offset, int limit);

	/**
	 * Practitioners matching the filter who work at a location within the radius, nearest
	 * first (by their nearest location in the radius; ties: higher rating, then id). An
	 * indexed bounding-box query on locations, one ranking query that returns only the
	 * top {@code limit} ids, and one query loading those practitioners.
	 */
	List<PractitionerNearby> near(NearbySearch search);

	/** Their hours at the location (empty rules when none are set). */
	WorkingHours workingHours(PractitionerId practitioner, LocationId location);

	/** The practitioners among the ids that exist, in id order: one page, one query. */
	List<Practitioner> practitionersOf(Collection<PractitionerId> ids);

	/**
	 * The hours of each practitioner at the location paired with them, in the order asked
	 * (a page of practitioners costs a constant number of queries).
	 */
	List<WorkingHours> workingHours(Collection<PractitionerAt> pairs);

	/**
	 * A practitioner at one location: the key of their working hours there.
	 */
	record PractitionerAt(PractitionerId practitioner, LocationId location) {

	}

	/**
	 * Criteria that all must hold; null means "any".
	 *
	 * @param specialty UPPER_SNAKE specialty code
	 * @param language ISO 639-1 code
	 * @param insurancePlan plan code
	 * @param location works at this location
	 */
	record PractitionerFilter(@Nullable String specialty, @Nullable String language, @Nullable String insurancePlan,
			@Nullable LocationId location) {

		public static PractitionerFilter any() {
			return new PractitionerFilter(null, null, null, null);
		}

	}

	/**
	 * @param origin where the patient is
	 * @param radius how far they will travel
	 * @param filter other criteria
	 * @param limit at most this many practitioners
	 */
	record NearbySearch(GeoPoint origin, Distance radius, @Nullable PractitionerFilter filter, int limit) {

		public NearbySearch {
			Objects.requireNonNull(origin, "origin");
			Objects.requireNonNull(radius, "radius");
			filter = Objects.requireNonNullElse(filter, PractitionerFilter.any());
			if (limit < 1) {
				throw new IllegalArgumentException("limit must be positive");
			}
		}

	}

	/**
	 * @param locations their locations within the radius, nearest first
	 */
	record PractitionerNearby(Practitioner practitioner, List<NearbyLocation> locations) {

		public Distance nearest() {
			return this.locations.getFirst().distance();
		}

	}

}

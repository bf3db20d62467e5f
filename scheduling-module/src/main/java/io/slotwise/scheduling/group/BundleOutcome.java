package io.slotwise.scheduling.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.Problem;

/**
 * A bundle search's answer: a page of ranked options, or why there is none.
 */
public sealed interface BundleOutcome {

	/**
	 * @param options this page, least disruptive first
	 * @param total options over all pages (bounded by the search's cap)
	 */
	record Found(List<Bundle> options, int total) implements BundleOutcome {

		public Found {
			options = List.copyOf(options);
		}

	}

	/**
	 * @param earliestDate for NO_BUNDLE_AVAILABLE: the first later day within the booking
	 * horizon that has a bundle, if any
	 */
	record Refused(Problem problem, Optional<LocalDate> earliestDate) implements BundleOutcome {

	}

}

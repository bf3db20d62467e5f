package io.slotwise.scheduling.search;

import java.time.Duration;
import io.slotwise.scheduling.Outcome;

import java.util.Collection;
import java.util.Map;

import io.slotwise.resources.PractitionerId;

/**
 * Records that someone is looking at a practitioner's page, and tells how many distinct
 * people did so recently.
 */
public interface ViewPractitioner {

	/**
	 * @param practitioner whose page
	 * @param viewer a stable key for the person: their user id when signed in, else the
	 * anonymous visitor id their browser keeps
	 * @return the live viewer count including this view, or NOT_FOUND for a practitioner
	 * who does not exist (nothing is recorded then)
	 */
	Outcome<LiveViewers> view(PractitionerId practitioner, String viewer);

	/** The live viewer count without recording a view. */
	LiveViewers liveViewers(PractitionerId practitioner);

	/** How far back a live viewer count looks. */
	Duration window();

	/** Live viewer counts of many practitioners at once (search results). */
	Map<PractitionerId, LiveViewers> liveViewers(Collection<PractitionerId> practitioners);

}

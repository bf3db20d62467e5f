package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.LiveViewers;
import io.slotwise.scheduling.search.ViewPractitioner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Live viewer counts for practitioner pages.
 */
@Service
class PractitionerPageViews implements ViewPractitioner {

	private final PageViews views;

	private final Clock clock;

	private final Duration window;

	private final FindPractitioners practitioners;

	PractitionerPageViews(PageViews views, Clock clock,
			@Value("${slotwise.search.live-viewer-window:PT5M}") Duration window, FindPractitioners practitioners) {
		this.practitioners = practitioners;
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("slotwise.search.live-viewer-window must be positive");
		}
		this.views = views;
		this.clock = clock;
		this.window = window;
	}

	@Override
	public Outcome<LiveViewers> view(PractitionerId practitioner, String viewer) {
		if (viewer == null || viewer.isBlank() || viewer.length() > 100) {
			throw new IllegalArgumentException("A viewer key is required (at most 100 characters)");
		}
		// A made-up practitioner id would otherwise create a count anyone can inflate.
		if (this.practitioners.practitioner(practitioner).isEmpty()) {
			return Outcome.refused(Problem.Code.NOT_FOUND, "No such practitioner");
		}
		return Outcome.done(new LiveViewers(
				this.views.recordAndCount(practitioner, viewer, this.clock.instant(), this.window), this.window));
	}

	@Override
	public Duration window() {
		return this.window;
	}

	@Override
	public Map<PractitionerId, LiveViewers> liveViewers(Collection<PractitionerId> practitioners) {
		Map<PractitionerId, LiveViewers> viewers = new HashMap<>();
		this.views.counts(practitioners, this.clock.instant(), this.window)
			.forEach((practitioner, count) -> viewers.put(practitioner, new LiveViewers(count, this.window)));
		return viewers;
	}

	@Override
	public LiveViewers liveViewers(PractitionerId practitioner) {
		return new LiveViewers(this.views.count(practitioner, this.clock.instant(), this.window), this.window);
	}

}

package io.slotwise.waitlist.adapter.in.graphql;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.WatchOffers;
import io.slotwise.waitlist.adapter.in.graphql.Views.NoticeView;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The in-app channel: the signed-in patient's offer notices as they are delivered.
 */
@Controller
class WaitlistSubscriptions {

	private final WatchOffers offers;

	WaitlistSubscriptions(WatchOffers offers) {
		this.offers = offers;
	}

	@SubscriptionMapping
	@PreAuthorize("hasRole('PATIENT')")
	Flux<NoticeView> waitlistOffers() {
		// resolved now, while the WebSocket's authentication is on this thread
		PatientId patient = Caller.current().patient();
		return this.offers.notices(patient).map(NoticeView::of);
	}

}

package io.slotwise.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.analytics.DonationCampaigns;
import io.slotwise.analytics.domain.DonationRules;
import io.slotwise.analytics.domain.Pledges;
import io.slotwise.analytics.domain.Pseudonyms;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DonationDesk implements DonationCampaigns {

	private final Pledges pledges;

	private final Pseudonyms pseudonyms;

	private final AnalyticsSettings settings;

	private final Clock clock;

	DonationDesk(Pledges pledges, Pseudonyms pseudonyms, AnalyticsSettings settings, Clock clock) {
		this.pledges = pledges;
		this.pseudonyms = pseudonyms;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Campaign configure(UUID location, String name, List<Integer> amountsCents) {
		Campaign campaign = DonationRules.campaign(location, name, amountsCents);
		this.pledges.save(campaign, this.clock.instant());
		return campaign;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DonationOffer> offer(UUID location) {
		return this.pledges.campaign(location)
			.map((campaign) -> DonationRules.offer(campaign, this.pledges.amounts(location),
					this.settings.minimumPledges()));
	}

	@Override
	public Pledge pledge(UUID appointment, UUID patient, UUID location, @Nullable Integer amountCents) {
		Optional<Pledge.Refused> refused = DonationRules.refusal(this.pledges.booking(appointment).orElse(null),
				this.pseudonyms.of(patient), location, this.pledges.campaign(location).isPresent(), amountCents);
		if (refused.isPresent()) {
			return refused.get();
		}
		return new Pledge.Recorded(this.pledges.record(appointment, location, amountCents, this.clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PledgeFigures> figures(Instant from, Instant to, @Nullable UUID location) {
		return this.pledges.figures(from, to, location);
	}

}

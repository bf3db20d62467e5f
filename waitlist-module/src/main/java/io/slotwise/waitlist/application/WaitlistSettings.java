package io.slotwise.waitlist.application;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import io.slotwise.waitlist.domain.PreferenceRules;
import io.slotwise.waitlist.domain.ScoreWeights;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The waitlist's tunables ({@code slotwise.waitlist.*}); every one has a default.
 *
 * @param maxEntriesPerPatient how many waiting entries one patient may have
 * @param windows the offer windows by the order offers are made (the last repeats)
 * @param sequential offer one candidate at a time instead of three at once
 * @param parallel how many offers are open at once when not sequential
 * @param maxCandidates the most entries the matching query hands to ranking
 * @param weights the score's weights (fit, waited, flexibility, priority)
 * @param webhooks endpoints told about every offer, each with its own secret
 * @param hoursHorizon how far ahead new working hours are searched for slots to offer
 * @param maxRoundsPerHoursChange the most rounds one change of working hours opens
 * @param deliverOnCommit wake the deliverer right after outbox rows commit (false: the
 * poll alone delivers, as before; kept to measure the difference)
 */
@ConfigurationProperties("slotwise.waitlist")
public record WaitlistSettings(Integer maxEntriesPerPatient, List<Duration> windows, Boolean sequential,
		Integer parallel, Integer maxDays, Integer maxChoices, Double maxRadiusMiles, Integer maxCandidates,
		Weights weights, List<Webhook> webhooks, Duration deliveryRetryBase, Integer deliveryAttempts,
		Period hoursHorizon, Integer maxRoundsPerHoursChange, Boolean deliverOnCommit) {

	public WaitlistSettings {
		maxEntriesPerPatient = (maxEntriesPerPatient != null) ? maxEntriesPerPatient : 5;
		windows = (windows != null && !windows.isEmpty()) ? List.copyOf(windows)
				: List.of(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));
		sequential = (sequential != null) ? sequential : false;
		parallel = (parallel != null) ? parallel : 3;
		maxDays = (maxDays != null) ? maxDays : 90;
		maxChoices = (maxChoices != null) ? maxChoices : 10;
		maxRadiusMiles = (maxRadiusMiles != null) ? maxRadiusMiles : 100.0;
		maxCandidates = (maxCandidates != null) ? maxCandidates : 2000;
		weights = (weights != null) ? weights : new Weights(null, null, null, null, null, null);
		webhooks = (webhooks != null) ? List.copyOf(webhooks) : List.of();
		deliveryRetryBase = (deliveryRetryBase != null) ? deliveryRetryBase : Duration.ofSeconds(2);
		deliveryAttempts = (deliveryAttempts != null) ? deliveryAttempts : 6;
		hoursHorizon = (hoursHorizon != null) ? hoursHorizon : Period.ofDays(14);
		maxRoundsPerHoursChange = (maxRoundsPerHoursChange != null) ? maxRoundsPerHoursChange : 20;
		deliverOnCommit = (deliverOnCommit != null) ? deliverOnCommit : true;
	}

	int openAtOnce() {
		return this.sequential ? 1 : this.parallel;
	}

	PreferenceRules rules() {
		return new PreferenceRules(this.maxDays, this.maxChoices, this.maxRadiusMiles);
	}

	/**
	 * The score's weights and scales; defaults 30/30/20/20, 30 days, 48 hours.
	 */
	public record Weights(@Nullable Double fit, @Nullable Double waited, @Nullable Double flexibility,
			@Nullable Double priority, @Nullable Duration waitedHorizon, @Nullable Duration noticeHorizon) {

		ScoreWeights toScoreWeights() {
			ScoreWeights d = ScoreWeights.defaults();
			return new ScoreWeights(or(this.fit, d.fit()), or(this.waited, d.waited()),
					or(this.flexibility, d.flexibility()), or(this.priority, d.priority()),
					(this.waitedHorizon != null) ? this.waitedHorizon : d.waitedHorizon(),
					(this.noticeHorizon != null) ? this.noticeHorizon : d.noticeHorizon());
		}

		private static double or(@Nullable Double value, double fallback) {
			return (value != null) ? value : fallback;
		}

	}

	/**
	 * A webhook subscriber.
	 *
	 * @param name names its deliveries
	 * @param secret the HMAC-SHA256 key its signatures use
	 */
	public record Webhook(String name, String url, String secret) {
	}

}

package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.application.GroupPlacement;
import io.slotwise.scheduling.application.HoldPlacement;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import io.slotwise.scheduling.domain.group.GroupHold;
import io.slotwise.scheduling.group.MemberRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hold liveness follows Redis's clock, not the instance's: an instance whose clock runs
 * an hour behind still places a hold that lives the hold time from Redis's now, and sees
 * the same live holds as everyone else.
 */
class RedisClockTests {

	PrivateRedis redis;

	RedissonSlotHolds holds;

	@BeforeEach
	void start() throws IOException {
		this.redis = PrivateRedis.start(null);
		SchedulingSettings settings = SchedulingSettings.defaults();
		this.holds = new RedissonSlotHolds(new HoldStore(this.redis.redisson, settings), settings, Clock.systemUTC(),
				new RedisPseudonyms("cmVkaXMtY2xvY2stdGVzdHMtcHNldWRvbnltLWtleS0zMmJ5dGVz"));
	}

	@AfterEach
	void stop() throws IOException {
		this.redis.stop();
	}

	@Test
	void aLaggingInstanceClockDoesNotShortenOrHideAHold() {
		Instant lagging = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		Hold draft = Hold.draft(
				new HoldId(UUID.randomUUID()), new PatientId(UUID.randomUUID()), new SlotRequest(practitioner,
						new LocationId(UUID.randomUUID()), new VisitTypeId(UUID.randomUUID()), start),
				TimeRange.of(start, Duration.ofMinutes(30)), lagging, Duration.ofSeconds(60));
		Instant before = Instant.now();
		HoldPlacement placed = this.holds.place(draft,
				List.of(Requirement.exactly(new Resource(Resource.Kind.PRACTITIONER, practitioner.value()))), lagging,
				2);
		Instant after = Instant.now();
		assertThat(placed).isInstanceOfSatisfying(HoldPlacement.Placed.class,
				(hold) -> assertThat(hold.hold().expiresAt()).isBetween(before.plusSeconds(59), after.plusSeconds(61)));
		assertThat(this.holds.find(draft.id()).orElseThrow().expiresAt()).isAfter(before.plusSeconds(59));
		// an instance an hour ahead still sees the hold live: Redis's clock decides
		assertThat(this.holds.held(List.of(practitioner.value()), Instant.now().plus(Duration.ofHours(1))))
			.containsKey(practitioner.value());
	}

	@Test
	void aLaggingInstanceClockDoesNotShortenAGroupHoldEither() {
		Instant lagging = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
		LocationId location = new LocationId(UUID.randomUUID());
		VisitTypeId visitType = new VisitTypeId(UUID.randomUUID());
		List<PractitionerId> practitioners = List.of(new PractitionerId(UUID.randomUUID()),
				new PractitionerId(UUID.randomUUID()));
		List<GroupHold.Member> members = practitioners.stream()
			.map((practitioner) -> new GroupHold.Member(
					new MemberRequest(new PatientId(UUID.randomUUID()),
							new SlotRequest(practitioner, location, visitType, start)),
					TimeRange.of(start, Duration.ofMinutes(30)), List.of()))
			.toList();
		GroupHold draft = GroupHold.draft(new HoldId(UUID.randomUUID()),
				new Requester(UUID.randomUUID(), Requester.Standing.STAFF, Set.of(location)), members, lagging,
				Duration.ofSeconds(60));
		RedissonGroupHolds groups = new RedissonGroupHolds(this.holds,
				new HoldStore(this.redis.redisson, SchedulingSettings.defaults()));
		Instant before = Instant.now();
		GroupPlacement placed = groups.place(draft,
				practitioners.stream()
					.map((practitioner) -> List
						.of(Requirement.exactly(new Resource(Resource.Kind.PRACTITIONER, practitioner.value()))))
					.toList(),
				lagging, 2);
		Instant after = Instant.now();
		assertThat(placed).isInstanceOfSatisfying(GroupPlacement.Placed.class,
				(hold) -> assertThat(hold.hold().expiresAt()).isBetween(before.plusSeconds(59), after.plusSeconds(61)));
		assertThat(groups.find(draft.id()).orElseThrow().expiresAt()).isAfter(before.plusSeconds(59));
		assertThat(this.holds.held(List.of(practitioners.getFirst().value()), Instant.now().plus(Duration.ofHours(1))))
			.containsKey(practitioners.getFirst().value());
	}

}

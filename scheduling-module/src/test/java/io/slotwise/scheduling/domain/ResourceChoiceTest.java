package io.slotwise.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.scheduling.domain.Occupancy.Claim;
import org.junit.jupiter.api.Test;

/**
 * How one resource per requirement is chosen, against a scripted occupancy.
 */
class ResourceChoiceTest {

	static final TimeRange TIME = TimeRange.of(Instant.parse("2026-12-10T12:00:00Z"), Duration.ofMinutes(30));

	final Resource patient = resource(Resource.Kind.PATIENT);

	final Resource practitioner = resource(Resource.Kind.PRACTITIONER);

	final Resource bestRoom = resource(Resource.Kind.ROOM);

	final Resource otherRoom = resource(Resource.Kind.ROOM);

	final Scripted occupancy = new Scripted();

	@Test
	void takesTheFirstFreeCandidateOfEachRequirement() {
		ResourceChoice.Result result = ResourceChoice.choose(requirements(), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Chosen) result).resources()).containsExactlyInAnyOrder(this.patient,
				this.practitioner, this.bestRoom);
	}

	@Test
	void aRoomAnotherBookingIsTakingIsSkippedWithoutWaiting() {
		this.occupancy.answers.put(this.bestRoom, Claim.CONTENDED);
		ResourceChoice.Result result = ResourceChoice.choose(requirements(), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Chosen) result).resources()).contains(this.otherRoom);
		assertThat(this.occupancy.waitedFor).doesNotContain(this.bestRoom, this.otherRoom);
	}

	@Test
	void whenEveryRoomIsInFlightItWaitsForOne() {
		this.occupancy.answers.put(this.bestRoom, Claim.CONTENDED);
		this.occupancy.answers.put(this.otherRoom, Claim.CONTENDED);
		this.occupancy.afterWaiting.put(this.bestRoom, Claim.TAKEN);
		ResourceChoice.Result result = ResourceChoice.choose(requirements(), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Chosen) result).resources()).contains(this.otherRoom);
		assertThat(this.occupancy.waitedFor).contains(this.bestRoom, this.otherRoom);
	}

	@Test
	void peopleAreClaimedFirstWaitingInIdOrder() {
		ResourceChoice.choose(requirements(), TIME, this.occupancy);
		// one global order in every booking: patient, practitioner, then pools
		assertThat(this.occupancy.claimed).startsWith(this.patient, this.practitioner);
		assertThat(this.occupancy.waitedFor).containsExactly(this.patient, this.practitioner);
	}

	@Test
	void aBusyPatientIsReportedAsSuch() {
		this.occupancy.afterWaiting.put(this.patient, Claim.TAKEN);
		ResourceChoice.Result result = ResourceChoice.choose(requirements(), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Unmet) result).patientIsBusy()).isTrue();
	}

	@Test
	void noFreeRoomLeavesTheRequirementUnmet() {
		this.occupancy.answers.put(this.bestRoom, Claim.TAKEN);
		this.occupancy.answers.put(this.otherRoom, Claim.TAKEN);
		ResourceChoice.Result result = ResourceChoice.choose(requirements(), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Unmet) result).patientIsBusy()).isFalse();
		assertThat(((ResourceChoice.Result.Unmet) result).requirement().candidates()).contains(this.bestRoom);
	}

	@Test
	void exactResourcesAreClaimedInOneBatchInTheGlobalOrder() {
		List<Requirement> exact = List.of(Requirement.exactly(this.bestRoom), Requirement.exactly(this.practitioner),
				Requirement.exactly(this.patient));
		ResourceChoice.Result result = ResourceChoice.choose(exact, TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Chosen) result).resources()).containsExactly(this.patient, this.practitioner,
				this.bestRoom);
		assertThat(this.occupancy.waitedFor).containsExactly(this.patient, this.practitioner, this.bestRoom);
	}

	@Test
	void anExactResourceReservedMeanwhileLeavesItsRequirementUnmet() {
		this.occupancy.afterWaiting.put(this.patient, Claim.TAKEN);
		this.occupancy.afterWaiting.put(this.bestRoom, Claim.TAKEN);
		ResourceChoice.Result result = ResourceChoice.choose(List.of(Requirement.exactly(this.bestRoom),
				Requirement.exactly(this.practitioner), Requirement.exactly(this.patient)), TIME, this.occupancy);
		assertThat(((ResourceChoice.Result.Unmet) result).patientIsBusy()).isTrue();
	}

	private List<Requirement> requirements() {
		return List.of(Requirement.exactly(this.patient), Requirement.exactly(this.practitioner),
				new Requirement(List.of(this.bestRoom, this.otherRoom)));
	}

	private static Resource resource(Resource.Kind kind) {
		return new Resource(kind, UUID.randomUUID());
	}

	/** Answers claims from a script: free unless told otherwise. */
	static final class Scripted implements Occupancy {

		final Map<Resource, Claim> answers = new HashMap<>();

		final Map<Resource, Claim> afterWaiting = new HashMap<>();

		final List<Resource> claimed = new ArrayList<>();

		final List<Resource> waitedFor = new ArrayList<>();

		@Override
		public Claim claim(Resource resource, TimeRange time, boolean wait) {
			this.claimed.add(resource);
			if (wait) {
				this.waitedFor.add(resource);
				return this.afterWaiting.getOrDefault(resource, Claim.CLAIMED);
			}
			return this.answers.getOrDefault(resource, Claim.CLAIMED);
		}

		@Override
		public List<Resource> claimAll(List<Resource> resources, TimeRange time) {
			this.claimed.addAll(resources);
			this.waitedFor.addAll(resources);
			return resources.stream()
				.filter((resource) -> this.afterWaiting.getOrDefault(resource, Claim.CLAIMED) == Claim.TAKEN)
				.toList();
		}

	}

}

package io.slotwise.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.Room;
import io.slotwise.resources.RoomId;
import org.junit.jupiter.api.Test;

/** The least capable room that can host a visit is offered first. */
class BestFitTests {

	static final LocationId AT = new LocationId(UUID.randomUUID());

	static Room room(String id, String... capabilities) {
		return new Room(new RoomId(UUID.fromString(id)), AT, "Room", Set.of(capabilities));
	}

	@Test
	void fewestCapabilitiesFirstThenById() {
		Room both = room("00000000-0000-4000-8000-000000000001", "EXAM", "PROCEDURE");
		Room examLater = room("00000000-0000-4000-8000-000000000003", "EXAM");
		Room examFirst = room("00000000-0000-4000-8000-000000000002", "EXAM");
		assertThat(BestFit.rooms(List.of(both, examLater, examFirst))).containsExactly(examFirst, examLater, both);
	}

}

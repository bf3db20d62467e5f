package io.slotwise.scheduling.group;

import java.time.Instant;
import java.util.List;

import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;

/**
 * A live bundle hold as its holder sees it: one countdown for every member.
 *
 * @param holder who placed it (the guardian or staff member); it counts once against
 * their live-hold cap
 */
public record GroupHoldDetails(HoldId id, PatientId holder, List<Member> members, Instant expiresAt) {

	public GroupHoldDetails {
		members = List.copyOf(members);
	}

	/** A held member slot. */
	public record Member(MemberRequest request, Instant end) {
	}

}

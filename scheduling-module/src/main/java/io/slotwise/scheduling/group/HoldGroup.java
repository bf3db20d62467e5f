package io.slotwise.scheduling.group;

import java.util.List;

import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Requester;

/**
 * Holds every member's slot of a bundle, or none: one hold, one countdown.
 */
public interface HoldGroup {

	Outcome<GroupHoldDetails> holdGroup(Requester requester, List<MemberRequest> members);

}

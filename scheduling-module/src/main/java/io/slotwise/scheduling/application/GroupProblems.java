package io.slotwise.scheduling.application;

import java.util.Optional;

import io.slotwise.scheduling.Problem;

/**
 * A member's problem, named by where the member sits in the group's request.
 */
final class GroupProblems {

	private GroupProblems() {
	}

	/**
	 * {@code start} of member 2 becomes {@code members[2].start}; no field:
	 * {@code members[2]}.
	 */
	static Problem ofMember(Problem problem, int member) {
		String at = "members[" + member + "]";
		return new Problem(problem.code(), problem.message(),
				Optional.of(problem.field().map((field) -> at + "." + field).orElse(at)), problem.blockedUntil());
	}

}

package io.slotwise.scheduling.application;

import io.slotwise.scheduling.domain.Hold;

/**
 * What the hold store answered to an extension.
 */
public sealed interface HoldExtension {

	/**
	 * Extended.
	 *
	 * @param hold the hold with its new expiry
	 */
	record Extended(Hold hold) implements HoldExtension {
	}

	/** No such hold of this holder. */
	record Missing() implements HoldExtension {
	}

	/** The hold expired before the extension arrived. */
	record Expired() implements HoldExtension {
	}

	/** Extended as often as allowed. */
	record LimitReached() implements HoldExtension {
	}

}

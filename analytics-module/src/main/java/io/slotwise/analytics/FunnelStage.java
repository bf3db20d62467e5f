package io.slotwise.analytics;

/**
 * The steps from looking to booking, in order.
 */
public enum FunnelStage {

	SEARCH, VIEW, HOLD, BOOK

}

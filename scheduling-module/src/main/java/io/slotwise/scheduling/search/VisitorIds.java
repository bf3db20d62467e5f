package io.slotwise.scheduling.search;

/**
 * Anonymous visitor ids the server issues and signs, so a client cannot mint its own to
 * inflate live viewer counts: only an id this service (or another instance with the same
 * key) signed is counted.
 */
public interface VisitorIds {

	/** A fresh signed visitor id. */
	String issue();

	/** Whether the id is one this service signed. */
	boolean isGenuine(String visitorId);

}

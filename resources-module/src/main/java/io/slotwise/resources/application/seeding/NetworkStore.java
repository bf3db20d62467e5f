package io.slotwise.resources.application.seeding;

/**
 * Bulk writer for generated networks: batched inserts, one transaction.
 */
public interface NetworkStore {

	void store(Network network);

}

package io.slotwise.analytics.adapter.in.graphql;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who calls, from the verified token (see {@link ViewerArguments}).
 *
 * @param subject the token's subject: a patient's id when a patient calls
 * @param staffLocations the locations a staff member may see; null for an admin
 */
record Viewer(UUID subject, @Nullable Set<UUID> staffLocations) {

}

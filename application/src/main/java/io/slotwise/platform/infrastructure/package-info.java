/**
 * Start-up of the services Slotwise needs: embedded PostgreSQL and Redis for the demo,
 * and a fail-fast reachability check with a readable message for configured ones.
 */
@NullMarked
package io.slotwise.platform.infrastructure;

import org.jspecify.annotations.NullMarked;

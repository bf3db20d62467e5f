/**
 * Scheduling's use cases: load, let the aggregate decide, save, publish. Transaction
 * boundaries, retries and the secondary ports for Redis live here.
 */
@NullMarked
package io.slotwise.scheduling.application;

import org.jspecify.annotations.NullMarked;

/**
 * Scheduling's domain model: the appointment and hold aggregates that decide, how a
 * booking chooses its resources, availability, and the repository ports. Plain Java, no
 * framework.
 */
@NullMarked
package io.slotwise.scheduling.domain;

import org.jspecify.annotations.NullMarked;

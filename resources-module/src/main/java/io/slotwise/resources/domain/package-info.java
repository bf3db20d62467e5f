/**
 * The catalog's rules and repository ports, in plain Java: policies that decide each
 * change (the state to save and the events to publish, or a typed refusal), the
 * wall-clock-to-instant working schedule, best-fit room order, and the collections the
 * adapters implement.
 */
@NullMarked
package io.slotwise.resources.domain;

import org.jspecify.annotations.NullMarked;

/**
 * Scheduling's published group-booking API (issue 11): find bundles of slots for a
 * family, hold them all or none, book them all or none, cancel the group whole or one
 * member.
 */
@NamedInterface("group")
@NullMarked
package io.slotwise.scheduling.group;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

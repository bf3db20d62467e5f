/**
 * Group booking's domain: the bundle hold that decides who may confirm it, and the pure
 * bundle finder with its least-disruption score.
 */
@NullMarked
package io.slotwise.scheduling.domain.group;

import org.jspecify.annotations.NullMarked;

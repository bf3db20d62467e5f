/**
 * The hold store on Redis through Redisson: Lua scripts over per-resource sorted sets.
 * Also the live viewer counts of practitioner pages and the availability broadcast
 * between instances.
 */
@NullMarked
package io.slotwise.scheduling.adapter.out.redisson;

import org.jspecify.annotations.NullMarked;

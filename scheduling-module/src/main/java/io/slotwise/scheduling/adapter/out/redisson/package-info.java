/**
 * The hold store on Redis through Redisson: Lua scripts over per-resource sorted sets.
 */
package io.slotwise.scheduling.adapter.out.redisson;

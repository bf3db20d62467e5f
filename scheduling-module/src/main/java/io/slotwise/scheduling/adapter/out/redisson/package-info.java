/**
 * Redis through Redisson: holds, live viewer counts and caches. The only place Redisson
 * is used.
 */
package io.slotwise.scheduling.adapter.out.redisson;

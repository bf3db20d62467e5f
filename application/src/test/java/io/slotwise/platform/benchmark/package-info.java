/**
 * The limit benchmark: the raw database transaction beside Slotwise's own booking and
 * search paths, with statements and Redis calls per operation.
 */
package io.slotwise.platform.benchmark;

/**
 * Benchmarks of the catalog on a large generated network; excluded from the normal build.
 */
package io.slotwise.resources.benchmark;

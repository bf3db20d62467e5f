/**
 * Benchmarks of the catalog on a large generated network; excluded from the normal build.
 */
@NullMarked
package io.slotwise.resources.benchmark;

import org.jspecify.annotations.NullMarked;

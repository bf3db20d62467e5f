/**
 * Tests of the connected graph: batched loading across modules, Relay nodes and their
 * authorization.
 */
@NullMarked
package io.slotwise.platform.graph;

import org.jspecify.annotations.NullMarked;

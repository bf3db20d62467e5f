/**
 * Second application instances for tests that span instances.
 */
@NullMarked
package io.slotwise.instances;

import org.jspecify.annotations.NullMarked;

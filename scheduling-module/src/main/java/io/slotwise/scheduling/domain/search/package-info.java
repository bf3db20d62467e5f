/**
 * How search results are scored and ranked, and when urgency labels are true: pure
 * functions of stored facts, so every number a patient sees can be explained and tested.
 */
@NullMarked
package io.slotwise.scheduling.domain.search;

import org.jspecify.annotations.NullMarked;

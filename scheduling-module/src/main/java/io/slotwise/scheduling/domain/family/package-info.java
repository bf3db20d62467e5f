/**
 * Families: a guardian's dependents, and the rules of who may act for whom.
 */
@NullMarked
package io.slotwise.scheduling.domain.family;

import org.jspecify.annotations.NullMarked;

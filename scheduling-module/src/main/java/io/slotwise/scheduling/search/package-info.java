/**
 * Scheduling's published search API: find practitioners near a patient who can see them
 * soon, ranked by an explained match score with honest urgency counts, and the live
 * viewer counts of practitioner pages.
 */
@NamedInterface("search")
@NullMarked
package io.slotwise.scheduling.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

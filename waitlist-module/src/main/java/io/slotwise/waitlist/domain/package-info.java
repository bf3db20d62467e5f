/**
 * The waitlist's rules in plain Java: matching, flexibility scoring and ranking, the
 * offer round's cascade, the words of a notice, and the repository ports.
 */
@NullMarked
package io.slotwise.waitlist.domain;

import org.jspecify.annotations.NullMarked;

/**
 * The waitlist's domain model and repository ports: plain Java, no framework.
 */
@NullMarked
package io.slotwise.waitlist.domain;

import org.jspecify.annotations.NullMarked;

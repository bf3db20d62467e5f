/**
 * The demo profile: demo users with ready-made tokens and the demo data launcher. Nothing
 * here exists outside the {@code demo} profile.
 */
@NullMarked
package io.slotwise.platform.demo;

import org.jspecify.annotations.NullMarked;

/**
 * The demo profile: demo users with ready-made tokens and the demo data launcher. Nothing
 * here exists outside the {@code demo} profile.
 */
package io.slotwise.platform.demo;

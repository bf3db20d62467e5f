/**
 * The waitlist's use cases: joining and managing entries, reacting to freed slots with
 * ranked offers, accepting, declining and lapsing offers, and delivering notices.
 */
@NullMarked
package io.slotwise.waitlist.application;

import org.jspecify.annotations.NullMarked;

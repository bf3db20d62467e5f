/**
 * Use-case implementations of the waitlist.
 */
package io.slotwise.waitlist.application;

/**
 * The waitlist's domain model and repository ports: plain Java, no framework.
 */
package io.slotwise.waitlist.domain;

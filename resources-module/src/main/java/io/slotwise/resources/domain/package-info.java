/**
 * The catalog's domain model and repository ports: plain Java, no framework.
 */
package io.slotwise.resources.domain;

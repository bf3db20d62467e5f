/**
 * Architecture verification: Spring Modulith module structure and the ArchUnit rules of
 * the hexagonal layout, plus proof that every rule can fail.
 */
package io.slotwise.architecture;

/**
 * The shared test harness: real PostgreSQL and Redis for every Spring test in every
 * module, from Testcontainers when Docker is available, otherwise embedded servers.
 * Shipped to the other modules as this module's test-jar.
 */
package io.slotwise.testing;

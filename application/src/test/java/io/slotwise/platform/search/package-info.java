/**
 * Search tests against the real catalog (seeded through resources' published ports), real
 * PostgreSQL and Redis.
 */
package io.slotwise.platform.search;

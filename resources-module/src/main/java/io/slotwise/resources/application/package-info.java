/**
 * The resources use cases: transaction boundaries that load what a domain policy needs,
 * save what it decided and publish its events, and the read-side services behind the
 * module's ports.
 */
@NullMarked
package io.slotwise.resources.application;

import org.jspecify.annotations.NullMarked;

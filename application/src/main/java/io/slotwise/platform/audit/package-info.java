/**
 * Gives the PHI audit trail the request it records in: a request id and the client's
 * address, carried to the threads that execute the request.
 */
@NullMarked
package io.slotwise.platform.audit;

import org.jspecify.annotations.NullMarked;

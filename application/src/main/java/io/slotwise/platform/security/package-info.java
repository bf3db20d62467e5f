/**
 * Who may call what: OAuth2 resource server (JWT) and role mapping; the local token
 * issuer that only the demo and test configurations enable.
 */
@NullMarked
package io.slotwise.platform.security;

import org.jspecify.annotations.NullMarked;

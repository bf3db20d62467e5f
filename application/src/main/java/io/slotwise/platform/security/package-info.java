/**
 * Who may call what: OAuth2 resource server (JWT) and role mapping; the local token
 * issuer that only the demo and test configurations enable.
 */
package io.slotwise.platform.security;

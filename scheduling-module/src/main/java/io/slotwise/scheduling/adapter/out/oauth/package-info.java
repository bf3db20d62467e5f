/**
 * Google Calendar through OAuth2: the authorization-code flow with PKCE, the token
 * endpoint, and the freeBusy API, each call bounded by the fetch timeout.
 */
@NullMarked
package io.slotwise.scheduling.adapter.out.oauth;

import org.jspecify.annotations.NullMarked;

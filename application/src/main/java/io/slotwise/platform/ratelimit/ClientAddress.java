package io.slotwise.platform.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Who is on the other end of the socket. {@code X-Forwarded-For} is anybody's to write,
 * so it is read only when the socket peer is a configured trusted proxy, and then from
 * the right: the last address no trusted proxy wrote is the client.
 */
public final class ClientAddress {

	public static final String UNKNOWN = "unknown";

	private final Set<String> trustedProxies;

	public ClientAddress(List<String> trustedProxies) {
		this.trustedProxies = Set.copyOf(trustedProxies);
	}

	public String of(@Nullable InetSocketAddress peer, HttpHeaders headers) {
		String socket = (peer != null && peer.getAddress() != null) ? peer.getAddress().getHostAddress() : UNKNOWN;
		if (!this.trustedProxies.contains(socket)) {
			return socket;
		}
		List<String> forwarded = headers.getValuesAsList("X-Forwarded-For");
		for (int i = forwarded.size() - 1; i >= 0; i--) {
			String hop = forwarded.get(i).trim();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				// bounded, so a forged header cannot make a huge Redis key
				return (hop.length() <= 64) ? hop : hop.substring(0, 64);
			}
		}
		return socket;
	}

}

package io.slotwise.scheduling.calendar.application;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which feed URLs the server may fetch. A feed URL comes from a user, and the server
 * fetches it from inside the practice's network: without this check it could be aimed at
 * the cloud metadata service, a database admin page or anything else only the server can
 * reach (SSRF). Only http(s) to hosts whose every address is public is allowed; hosts
 * listed in {@code slotwise.calendar.allowed-feed-hosts} are exempt (the demo's own feed,
 * tests' local stand-ins) — production lists none.
 */
public final class FeedAddresses {

	/**
	 * Names of cloud metadata services that some resolvers answer with a private address.
	 */
	private static final Set<String> METADATA_HOSTS = Set.of("metadata", "metadata.google.internal", "metadata.goog",
			"instance-data", "instance-data.ec2.internal");

	private final Set<String> allowedHosts;

	private final Resolver resolver;

	public FeedAddresses(Collection<String> allowedHosts) {
		this(allowedHosts, InetAddress::getAllByName);
	}

	FeedAddresses(Collection<String> allowedHosts, Resolver resolver) {
		this.allowedHosts = Set.copyOf(allowedHosts.stream().map((host) -> host.toLowerCase(Locale.ROOT)).toList());
		this.resolver = resolver;
	}

	/** Why the server must not fetch this URL; empty when it may. */
	public Optional<String> refusal(URI url) {
		String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("Only http and https feed URLs are fetched");
		}
		if (url.getRawUserInfo() != null) {
			return Optional.of("A feed URL may not carry a user name or password before the host");
		}
		String host = Optional.ofNullable(url.getHost()).orElse("").toLowerCase(Locale.ROOT);
		if (host.isEmpty()) {
			return Optional.of("A feed URL needs a host");
		}
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (this.allowedHosts.contains(bare) || this.allowedHosts.contains(bare + ":" + url.getPort())) {
			return Optional.empty();
		}
		if (METADATA_HOSTS.contains(bare) || bare.endsWith(".internal") || bare.equals("localhost")
				|| bare.endsWith(".localhost")) {
			return Optional.of("The feed's host is not a public address");
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(bare);
		}
		catch (UnknownHostException ex) {
			return Optional.of("The feed's host does not resolve");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				return Optional.of("The feed's host is not a public address");
			}
		}
		return (addresses.length == 0) ? Optional.of("The feed's host does not resolve") : Optional.empty();
	}

	/**
	 * Whether an address is on the public internet: not loopback, unspecified, link-local
	 * (incl. 169.254.169.254), private, shared (CGNAT), multicast, reserved or an IPv6
	 * unique-local or embedded-IPv4 form of one of those.
	 */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int a = bytes[0] & 0xff;
			int b = bytes[1] & 0xff;
			return !(a == 0 || a == 10 || a == 127 || (a == 100 && b >= 64 && b <= 127) || (a == 169 && b == 254)
					|| (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 192 && b == 0)
					|| (a == 198 && (b == 18 || b == 19)) || a >= 224);
		}
		if (address instanceof Inet6Address) {
			int first = bytes[0] & 0xff;
			if ((first & 0xfe) == 0xfc) {
				return false; // fc00::/7 unique local
			}
			if (embedsIpv4(bytes)) {
				try {
					return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96).
	 */
	private static boolean embedsIpv4(byte[] bytes) {
		boolean zeros = true;
		for (int i = 0; i < 10; i++) {
			zeros &= bytes[i] == 0;
		}
		boolean mappedOrCompatible = zeros
				&& ((bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff));
		boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
		return mappedOrCompatible || nat64;
	}

	/** Name resolution, replaceable in tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}

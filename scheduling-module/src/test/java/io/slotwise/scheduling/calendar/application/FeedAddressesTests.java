package io.slotwise.scheduling.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The SSRF guard on feed URLs, with a resolver that answers from a table (no network).
 */
class FeedAddressesTests {

	private final Map<String, List<String>> dns = Map.of("calendar.example.org", List.of("93.184.216.34"),
			"rebind.example.org", List.of("93.184.216.34", "10.1.2.3"), "cgnat.example.org", List.of("100.64.0.7"),
			"v6.example.org", List.of("2606:2800:220:1:248:1893:25c8:1946"), "mapped.example.org",
			List.of("::ffff:192.168.0.1"), "nat64.example.org", List.of("64:ff9b::a9fe:a9fe"));

	private final FeedAddresses addresses = new FeedAddresses(List.of("demo.local:8093"), this::resolve);

	@Test
	void publicHostsOverHttpOrHttpsAreAllowed() {
		assertThat(this.addresses.refusal(URI.create("https://calendar.example.org/private/abc.ics"))).isEmpty();
		assertThat(this.addresses.refusal(URI.create("http://v6.example.org/feed.ics"))).isEmpty();
	}

	@Test
	void aHostWithAnyNonPublicAddressIsRefused() {
		for (String url : List.of("https://rebind.example.org/feed.ics", "https://cgnat.example.org/feed.ics",
				"https://mapped.example.org/feed.ics", "https://nat64.example.org/feed.ics",
				"http://127.0.0.1/feed.ics", "http://[::1]/feed.ics", "http://169.254.169.254/latest/meta-data",
				"http://172.16.0.1/", "http://[fe80::1]/", "http://[fc00::1]/", "http://224.0.0.1/",
				"http://unknown.example.org/", "http://metadata.google.internal/", "http://localhost/")) {
			assertThat(this.addresses.refusal(URI.create(url))).as(url).isPresent();
		}
	}

	@Test
	void otherSchemesAndUserInfoAreRefused() {
		for (String url : List.of("file:///etc/passwd", "ftp://calendar.example.org/feed.ics",
				"jar:https://calendar.example.org/x!/y", "https://user:secret@calendar.example.org/feed.ics")) {
			assertThat(this.addresses.refusal(URI.create(url))).as(url).isPresent();
		}
	}

	@Test
	void onlyTheListedHostAndPortIsExempt() {
		assertThat(this.addresses.refusal(URI.create("http://demo.local:8093/demo-calendar.ics"))).isEmpty();
		assertThat(this.addresses.refusal(URI.create("http://demo.local:5432/"))).isPresent();
	}

	private InetAddress[] resolve(String host) throws UnknownHostException {
		if (this.dns.containsKey(host)) {
			List<String> found = this.dns.get(host);
			InetAddress[] answer = new InetAddress[found.size()];
			for (int i = 0; i < answer.length; i++) {
				answer[i] = InetAddress.getByName(found.get(i));
			}
			return answer;
		}
		if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		throw new UnknownHostException(host);
	}

}

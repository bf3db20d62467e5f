package io.slotwise.platform.demo;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The demo profile hands out admin tokens to anyone who asks (GET /demo/tokens), so it
 * must never meet real data or the network: it refuses to start with a database that is
 * not on this machine, or listening on anything but a loopback address. Runs before
 * anything starts, so nothing binds or connects first.
 */
public class DemoSafety implements EnvironmentPostProcessor, Ordered {

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

	@Override
	public int getOrder() {
		// after the config files are read, before the embedded servers start
		return org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor.ORDER + 5;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		String database = environment.getProperty("spring.datasource.url");
		if (database != null && !isLocal(host(database))) {
			throw new IllegalStateException("The demo profile refuses to start with a non-local database ("
					+ host(database) + "): it hands out admin tokens to anyone. Use production settings instead.");
		}
		String address = environment.getProperty("server.address");
		if (address == null || !isLoopback(address)) {
			throw new IllegalStateException("The demo profile listens only on a loopback address, not "
					+ ((address == null) ? "every interface" : address)
					+ ": it hands out admin tokens to anyone. Set server.address=127.0.0.1.");
		}
	}

	/** The host of a JDBC URL such as {@code jdbc:postgresql://host:5432/db}. */
	static String host(String jdbcUrl) {
		String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
		try {
			String host = URI.create(url).getHost();
			return (host != null) ? host : "";
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static boolean isLocal(String host) {
		return host.isEmpty() || LOCAL_HOSTS.contains(host) || isLoopback(host);
	}

	private static boolean isLoopback(String address) {
		if (LOCAL_HOSTS.contains(address)) {
			return true;
		}
		// literal addresses only: a name is not resolved here, so it is refused
		if (!address.matches("[0-9.]+|[0-9a-fA-F:\\[\\]]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}

package io.slotwise.platform.infrastructure;

import java.net.URI;

import org.springframework.core.env.Environment;

/**
 * Where a configured service lives, read from the same properties Spring Boot uses.
 *
 * @param service human name of the service, for messages
 * @param host host name or address
 * @param port TCP port
 */
record ServiceAddress(String service, String host, int port) {

	static ServiceAddress postgres(String jdbcUrl) {
		// jdbc:postgresql://host1:5432,host2:5432/db?x=y: the first host is enough for a
		// reachability check
		String hosts = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0].split(",")[0];
		URI uri = URI.create("postgresql://" + hosts);
		return new ServiceAddress("PostgreSQL", uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432);
	}

	static ServiceAddress redis(Environment environment) {
		String url = environment.getProperty("spring.data.redis.url");
		if (url != null && !url.isBlank()) {
			URI uri = URI.create(url);
			return new ServiceAddress("Redis", uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379);
		}
		return new ServiceAddress("Redis", environment.getProperty("spring.data.redis.host", "localhost"),
				environment.getProperty("spring.data.redis.port", Integer.class, 6379));
	}

	@Override
	public String toString() {
		return this.service + " at " + this.host + ":" + this.port;
	}

}

package io.slotwise.platform.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks, before any bean is built, that the configured PostgreSQL and Redis accept TCP
 * connections, so a wrong address stops start-up at once with one clear message rather
 * than a connection-pool stack trace minutes later. Runs after {@link EmbeddedServices}.
 */
class ServiceReachability implements EnvironmentPostProcessor, Ordered {

	private static final int TIMEOUT_MILLIS = 3000;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("slotwise.startup.check-services", Boolean.class, true)) {
			return;
		}
		String jdbcUrl = environment.getProperty("spring.datasource.url");
		if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
			check(ServiceAddress.postgres(jdbcUrl));
		}
		check(ServiceAddress.redis(environment));
	}

	private static void check(ServiceAddress address) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address.host(), address.port()), TIMEOUT_MILLIS);
		}
		catch (IOException ex) {
			throw new ServiceUnreachable(address, ex);
		}
	}

	@Override
	public int getOrder() {
		return EmbeddedServices.ORDER + 1;
	}

}

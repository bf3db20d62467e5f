package io.slotwise.platform.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks, before any bean is built, that the configured PostgreSQL and Redis accept TCP
 * connections, so a wrong address is named at once in one clear message rather than in a
 * connection-pool stack trace minutes later. Runs after {@link EmbeddedServices}.
 *
 * <p>
 * PostgreSQL is the record: without it nothing works, so start-up stops. Redis only
 * speeds things up and keeps holds (ADR 0033): an instance restarted while Redis is down
 * starts anyway, answers holds HOLDS_UNAVAILABLE and availability from the database, and
 * connects when Redis answers; so an unreachable Redis is a warning.
 */
class ServiceReachability implements EnvironmentPostProcessor, Ordered {

	private static final int TIMEOUT_MILLIS = 3000;

	private final Log log;

	ServiceReachability(DeferredLogFactory logs) {
		this.log = logs.getLog(ServiceReachability.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("slotwise.startup.check-services", Boolean.class, true)) {
			return;
		}
		String jdbcUrl = environment.getProperty("spring.datasource.url");
		if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
			check(ServiceAddress.postgres(jdbcUrl));
		}
		try {
			check(ServiceAddress.redis(environment));
		}
		catch (ServiceUnreachable ex) {
			this.log.warn(ex.getMessage() + "; starting without it: holds answer HOLDS_UNAVAILABLE until it answers"
					+ " (check SPRING_DATA_REDIS_HOST / SPRING_DATA_REDIS_PORT if it should be there)");
		}
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

package io.slotwise.platform.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import redis.embedded.RedisServer;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts embedded PostgreSQL, Redis and an SMTP server (GreenMail) on free ports when
 * {@code slotwise.embedded.enabled=true} (the demo profile) and the corresponding
 * external service is not configured, so the demo needs nothing but a JDK. A configured
 * {@code spring.datasource.url} or {@code spring.data.redis.host}/{@code url} always
 * wins. The servers stop with the JVM.
 */
class EmbeddedServices implements EnvironmentPostProcessor, Ordered {

	static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 10;

	private final Log log;

	EmbeddedServices(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedServices.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("slotwise.embedded.enabled", Boolean.class, false)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		List<Closeable> servers = new ArrayList<>();
		if (!environment.containsProperty("spring.datasource.url")) {
			properties.putAll(startPostgres(servers));
		}
		if (!environment.containsProperty("spring.data.redis.host")
				&& !environment.containsProperty("spring.data.redis.url")) {
			properties.putAll(startRedis(servers));
		}
		GreenMail mail = null;
		if (!environment.containsProperty("spring.mail.host")) {
			mail = startMail(properties);
			servers.add(mail::stop);
		}
		GreenMail demoMail = mail;
		// Registered before any bean, so destroyed after every bean: pools and Redis
		// clients close while their servers are still up, and no process outlives the
		// application.
		application.addInitializers((context) -> {
			DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
			beans.registerDisposableBean("slotwiseEmbeddedServices",
					() -> servers.forEach(EmbeddedServices::closeQuietly));
			if (demoMail != null) {
				beans.registerSingleton("slotwiseDemoMail", demoMail);
			}
		});
		if (!properties.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("slotwise-embedded-services", properties));
		}
	}

	private Map<String, Object> startPostgres(List<Closeable> servers) {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(freePort())
				.setRegisterShutdownHook(false)
				.start();
			servers.add(postgres);
			this.log.info("Started embedded PostgreSQL on port " + postgres.getPort()
					+ " (set SPRING_DATASOURCE_URL to use an external one)");
			return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username", "postgres", "spring.datasource.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
		}
	}

	private Map<String, Object> startRedis(List<Closeable> servers) {
		try {
			int port = freePort();
			RedisServer redis = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			redis.start();
			servers.add(0, redis::stop);
			this.log.info(
					"Started embedded Redis on port " + port + " (set SPRING_DATA_REDIS_HOST to use an external one)");
			return Map.of("spring.data.redis.host", "127.0.0.1", "spring.data.redis.port", port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded Redis", ex);
		}
	}

	/** An SMTP server that keeps what it receives, readable at GET /demo/mail. */
	private GreenMail startMail(Map<String, Object> properties) {
		try {
			int port = freePort();
			GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
			this.log.info("Started embedded SMTP server (GreenMail) on port " + port
					+ "; read the waitlist's e-mails at GET /demo/mail (set SPRING_MAIL_HOST to use a real one)");
			properties.putAll(Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port));
			return mail;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded SMTP server", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void closeQuietly(Closeable server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// shutting down anyway; a server that will not stop cleanly is not worth
			// failing for
		}
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}

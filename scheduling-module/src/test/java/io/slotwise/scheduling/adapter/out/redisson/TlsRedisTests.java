package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.slotwise.scheduling.application.SchedulingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import redis.embedded.RedisServer;

import org.springframework.mock.env.MockEnvironment;

/**
 * Slotwise's own Redisson configuration against a real Redis that speaks only TLS and
 * knows only an ACL user, as managed Redis does: the holds' Redis set by
 * {@code slotwise.scheduling.holds-redis.url=rediss://...} with a username and password.
 * The embedded Redis binary from Maven Central is built with TLS; the certificate is made
 * for this test by the JDK's keytool and trusted through the JVM trust store, exactly as
 * a private CA is trusted in production ({@code -Djavax.net.ssl.trustStore}).
 */
class TlsRedisTests {

	private static final String PASSWORD = "tls-test-secret";

	@TempDir
	Path dir;

	RedisServer redis;

	int port;

	@BeforeEach
	void start() throws Exception {
		Path keys = this.dir.resolve("server.p12");
		keytool("-genkeypair", "-alias", "redis", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keys.toString(), "-storetype",
				"PKCS12", "-storepass", "changeit");
		Path cert = this.dir.resolve("server.pem");
		keytool("-exportcert", "-rfc", "-alias", "redis", "-keystore", keys.toString(), "-storepass", "changeit",
				"-file", cert.toString());
		keytool("-importcert", "-noprompt", "-alias", "redis", "-file", cert.toString(), "-keystore",
				this.dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", "changeit");
		Path key = this.dir.resolve("server.key");
		Files.writeString(key, privateKeyPem(keys));
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.redis = RedisServer.newRedisServer()
			.port(0)
			.bind("127.0.0.1")
			.setting("tls-port " + this.port)
			.setting("tls-cert-file " + cert)
			.setting("tls-key-file " + key)
			.setting("tls-ca-cert-file " + cert)
			.setting("tls-auth-clients no")
			.setting("user default off")
			.setting("user slotwise on >" + PASSWORD + " ~slotwise:* &* +@all")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		this.redis.start();
	}

	@AfterEach
	void stop() throws IOException {
		this.redis.stop();
	}

	@Test
	void holdsRedisOverTlsWithAnAclUser() {
		HoldStore store = trusted(() -> holdStore("rediss://127.0.0.1:" + this.port, "slotwise", PASSWORD));
		try {
			RedissonClient client = store.redisson();
			client.getBucket("slotwise:tls-test", StringCodec.INSTANCE).set("over TLS");
			assertThat(client.getBucket("slotwise:tls-test", StringCodec.INSTANCE).get()).isEqualTo("over TLS");
			// the hold scripts run as that user too
			String read = client.getScript(StringCodec.INSTANCE)
				.eval("slotwise:tls-test", RScript.Mode.READ_ONLY, "return redis.call('GET', KEYS[1])",
						RScript.ReturnType.VALUE, List.of("slotwise:tls-test"));
			assertThat(read).isEqualTo("over TLS");
			// the connection is the ACL user's (the default user is off): keys outside
			// its
			// pattern are refused
			assertThatThrownBy(() -> client.getBucket("elsewhere", StringCodec.INSTANCE).set("x"))
				.hasStackTraceContaining("NOPERM");
		}
		finally {
			store.destroy();
		}
	}

	@Test
	void aWrongPasswordOrPlainConnectionIsRefused() {
		assertThatThrownBy(() -> trusted(() -> holdStore("rediss://127.0.0.1:" + this.port, "slotwise", "wrong")))
			.hasStackTraceContaining("WRONGPASS");
		assertThatThrownBy(() -> holdStore("redis://127.0.0.1:" + this.port, "slotwise", PASSWORD))
			.isInstanceOf(RuntimeException.class);
	}

	private HoldStore holdStore(String url, String username, String password) {
		MockEnvironment environment = new MockEnvironment().withProperty("slotwise.scheduling.holds-redis.url", url)
			.withProperty("slotwise.scheduling.holds-redis.username", username)
			.withProperty("slotwise.scheduling.holds-redis.password", password);
		// the application's Redis is not used when the holds have their own
		return new HoldStore(null, SchedulingSettings.defaults(), environment);
	}

	/**
	 * Runs with the test's certificate in the JVM trust store, restored afterwards (the
	 * TLS handshakes of the client's connection pool happen while it is created).
	 */
	private <T> T trusted(java.util.function.Supplier<T> action) {
		String before = System.getProperty("javax.net.ssl.trustStore");
		String beforePassword = System.getProperty("javax.net.ssl.trustStorePassword");
		System.setProperty("javax.net.ssl.trustStore", this.dir.resolve("trust.p12").toString());
		System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
		try {
			return action.get();
		}
		finally {
			restore("javax.net.ssl.trustStore", before);
			restore("javax.net.ssl.trustStorePassword", beforePassword);
		}
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		}
		else {
			System.setProperty(property, value);
		}
	}

	private static String privateKeyPem(Path keys) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keys)) {
			store.load(in, "changeit".toCharArray());
		}
		PrivateKey key = (PrivateKey) store.getKey("redis", "changeit".toCharArray());
		return "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	// the JDK's own keytool: no certificate files in the repository, nothing from the
	// machine
	private static void keytool(String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

}

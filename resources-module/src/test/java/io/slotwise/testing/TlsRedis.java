package io.slotwise.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import redis.embedded.RedisServer;

/**
 * A real Redis that speaks only TLS and knows only an ACL user, as managed Redis does:
 * the embedded Redis binary from Maven Central (built with TLS), {@code user default off}
 * and one user with the given key patterns. The certificate is made for the test by the
 * JDK's keytool (no certificate files in the repository, nothing from the machine) and
 * trusted through the JVM trust store, exactly as a private CA is trusted in production
 * ({@code -Djavax.net.ssl.trustStore}).
 *
 * @param server the running server
 * @param port its TLS port (it has no plain one)
 * @param trustStore a PKCS12 trust store holding its certificate (password
 * {@code changeit})
 */
public record TlsRedis(RedisServer server, int port, Path trustStore) implements AutoCloseable {

	public static final String USER = "slotwise";

	public static final String PASSWORD = "tls-test-secret";

	/**
	 * Starts one, its files in {@code dir}; {@code keyPatterns} are the ACL user's (e.g.
	 * {@code ~slotwise:*}).
	 */
	public static TlsRedis start(Path dir, String keyPatterns) throws Exception {
		Path keys = dir.resolve("server.p12");
		keytool("-genkeypair", "-alias", "redis", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keys.toString(), "-storetype",
				"PKCS12", "-storepass", "changeit");
		Path cert = dir.resolve("server.pem");
		keytool("-exportcert", "-rfc", "-alias", "redis", "-keystore", keys.toString(), "-storepass", "changeit",
				"-file", cert.toString());
		Path trust = dir.resolve("trust.p12");
		keytool("-importcert", "-noprompt", "-alias", "redis", "-file", cert.toString(), "-keystore", trust.toString(),
				"-storetype", "PKCS12", "-storepass", "changeit");
		Path key = dir.resolve("server.key");
		Files.writeString(key, privateKeyPem(keys));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		RedisServer redis = RedisServer.newRedisServer()
			.port(0)
			.bind("127.0.0.1")
			.setting("tls-port " + port)
			.setting("tls-cert-file " + cert)
			.setting("tls-key-file " + key)
			.setting("tls-ca-cert-file " + cert)
			.setting("tls-auth-clients no")
			.setting("user default off")
			.setting("user " + USER + " on >" + PASSWORD + " " + keyPatterns + " &* +@all")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		redis.start();
		return new TlsRedis(redis, port, trust);
	}

	/** {@code rediss://} to this server, without credentials. */
	public String url() {
		return "rediss://127.0.0.1:" + this.port;
	}

	/**
	 * Runs with this server's certificate in the JVM trust store, restored afterwards
	 * (the TLS handshakes of a client's connection pool happen while it is created).
	 */
	public <T> T trusted(Supplier<T> action) {
		String before = System.getProperty("javax.net.ssl.trustStore");
		String beforePassword = System.getProperty("javax.net.ssl.trustStorePassword");
		System.setProperty("javax.net.ssl.trustStore", this.trustStore.toString());
		System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
		try {
			return action.get();
		}
		finally {
			restore("javax.net.ssl.trustStore", before);
			restore("javax.net.ssl.trustStorePassword", beforePassword);
		}
	}

	@Override
	public void close() throws IOException {
		this.server.stop();
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

	private static void keytool(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
		}
	}

}

package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.testing.TlsRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.mock.env.MockEnvironment;

/**
 * Slotwise's own Redisson configuration against a real Redis that speaks only TLS and
 * knows only an ACL user, as managed Redis does: the holds' Redis set by
 * {@code slotwise.scheduling.holds-redis.url=rediss://...} with a username and password.
 * The server is {@link TlsRedis}.
 */
class TlsRedisTests {

	@TempDir
	Path dir;

	TlsRedis redis;

	@BeforeEach
	void start() throws Exception {
		this.redis = TlsRedis.start(this.dir, "~slotwise:*");
	}

	@AfterEach
	void stop() throws IOException {
		this.redis.close();
	}

	@Test
	void holdsRedisOverTlsWithAnAclUser() {
		HoldStore store = this.redis.trusted(() -> holdStore(this.redis.url(), TlsRedis.USER, TlsRedis.PASSWORD));
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
		assertThatThrownBy(() -> this.redis.trusted(() -> holdStore(this.redis.url(), TlsRedis.USER, "wrong")))
			.hasStackTraceContaining("WRONGPASS");
		assertThatThrownBy(() -> holdStore("redis://127.0.0.1:" + this.redis.port(), TlsRedis.USER, TlsRedis.PASSWORD))
			.isInstanceOf(RuntimeException.class);
	}

	private HoldStore holdStore(String url, String username, String password) {
		MockEnvironment environment = new MockEnvironment().withProperty("slotwise.scheduling.holds-redis.url", url)
			.withProperty("slotwise.scheduling.holds-redis.username", username)
			.withProperty("slotwise.scheduling.holds-redis.password", password);
		// the application's Redis is not used when the holds have their own
		return new HoldStore(null, SchedulingSettings.defaults(), environment);
	}

}

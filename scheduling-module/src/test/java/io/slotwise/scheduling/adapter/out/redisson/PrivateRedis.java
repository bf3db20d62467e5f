package io.slotwise.scheduling.adapter.out.redisson;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import redis.embedded.RedisServer;

/**
 * A real Redis of one test's own on a free loopback port (nothing saved to disk), and a
 * Redisson client for it.
 */
final class PrivateRedis {

	final RedisServer server;

	final RedissonClient redisson;

	private PrivateRedis(RedisServer server, RedissonClient redisson) {
		this.server = server;
		this.redisson = redisson;
	}

	/**
	 * @param failFast when given, the client waits at most this long and never retries,
	 * so a stopped server fails a call at once
	 */
	static PrivateRedis start(@Nullable Duration failFast) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		RedisServer server = RedisServer.newRedisServer()
			.port(port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		server.start();
		Config config = new Config();
		var single = config.useSingleServer().setAddress("redis://127.0.0.1:" + port);
		if (failFast != null) {
			single.setTimeout((int) failFast.toMillis())
				.setConnectTimeout((int) failFast.toMillis())
				.setRetryAttempts(0);
		}
		return new PrivateRedis(server, Redisson.create(config));
	}

	void stop() throws IOException {
		this.redisson.shutdown();
		if (this.server.isActive()) {
			this.server.stop();
		}
	}

}

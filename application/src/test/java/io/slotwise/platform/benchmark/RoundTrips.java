package io.slotwise.platform.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.bootstrap.Bootstrap;
import org.redisson.client.NettyHook;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what crosses the wire: every JDBC statement execution (a proxy around the
 * application's DataSource, so jOOQ, JdbcTemplate and the event registry all count) and
 * every command or batch Redisson writes to a Redis connection (a Netty handler, so a
 * pipelined batch or a Lua script counts once, as one round trip).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoundTrips {

	static final AtomicLong STATEMENTS = new AtomicLong();

	static final AtomicLong REDIS_WRITES = new AtomicLong();

	/**
	 * Executions by statement (its first 90 characters), to show where round trips go.
	 */
	static final Map<String, AtomicLong> BY_STATEMENT = new ConcurrentHashMap<>();

	/** Both counters now. */
	public static long[] snapshot() {
		return new long[] { STATEMENTS.get(), REDIS_WRITES.get() };
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource target && !(bean instanceof Counting)) ? new Counting(target) : bean;
			}
		};
	}

	@Bean
	RedissonAutoConfigurationCustomizer countingRedisWrites() {
		return (config) -> config.setNettyHook(new NettyHook() {
			@Override
			public void afterBoostrapInitialization(Bootstrap bootstrap) {
			}

			@Override
			public void afterChannelInitialization(Channel channel) {
				channel.pipeline().addLast(new ChannelOutboundHandlerAdapter() {
					@Override
					public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
						REDIS_WRITES.incrementAndGet();
						context.write(message, promise);
					}
				});
			}
		});
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(),
					new Class<?>[] { Connection.class }, forwarding(connection, (method, arguments, result) -> {
						Class<?> type = method.getReturnType();
						if (result != null && Statement.class.isAssignableFrom(type)) {
							Class<?> face = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
									: PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class
											: Statement.class;
							return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { face },
									forwarding(result, (executed, executedWith, value) -> {
										if (executed.getName().startsWith("execute")) {
											STATEMENTS.incrementAndGet();
											Object sql = (arguments != null && arguments.length > 0) ? arguments[0]
													: (executedWith != null && executedWith.length > 0)
															? executedWith[0] : "?";
											String shape = String.valueOf(sql).replaceAll("\\s+", " ");
											BY_STATEMENT
												.computeIfAbsent(shape.substring(0, Math.min(90, shape.length())),
														(key) -> new AtomicLong())
												.incrementAndGet();
										}
										return value;
									}));
						}
						return result;
					}));
		}

		private static InvocationHandler forwarding(Object target, Wrapper wrapper) {
			return (proxy, method, arguments) -> {
				try {
					return wrapper.wrap(method, arguments, method.invoke(target, arguments));
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
		}

	}

	private interface Wrapper {

		Object wrap(Method method, Object[] arguments, Object result);

	}

}

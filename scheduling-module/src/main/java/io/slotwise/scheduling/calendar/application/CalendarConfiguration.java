package io.slotwise.scheduling.calendar.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the calendar settings and creates the secret cipher, which refuses to start
 * without a key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfiguration {

	@Bean
	SecretCipher calendarSecretCipher(CalendarSettings settings) {
		return SecretCipher.fromSettings(settings);
	}

	@Bean
	FeedAddresses calendarFeedAddresses(CalendarSettings settings) {
		return new FeedAddresses(settings.allowedFeedHosts());
	}

}

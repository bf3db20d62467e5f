package io.slotwise.scheduling.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Binds the settings; scheduling is enabled for the hold expiry notices.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SchedulingSettings.class, SearchSettings.class, GroupSettings.class,
		AuditSettings.class, AntiHoardingSettings.class })
@EnableScheduling
class SchedulingConfiguration {

}

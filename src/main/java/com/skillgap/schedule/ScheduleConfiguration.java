package com.skillgap.schedule;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.skillgap.RunsAsService;
import com.skillgap.batch.SkillgapProperties;

/** The service's timers: the quarterly run and the taking up of cut-off runs. Not for one-shot runs. */
@RunsAsService
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduleConfiguration {

	static final String QUARTERLY_RUNS = QuarterlyRuns.THREADS;

	@Bean
	QuarterlyCron quarterlyCron(SkillgapProperties properties) {
		return new QuarterlyCron(properties.schedule());
	}

	/** Quarterly runs and runs taken over from a dead process, one at a time, beside the upload runs. */
	@Bean(QUARTERLY_RUNS)
	TaskExecutor quarterlyRunThreads() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("quarterly-run-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}

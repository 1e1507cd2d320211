package com.skillgap.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The threads uploaded sheets are analysed on, two at a time, the rest queued. */
@ConditionalOnWebApplication
@Configuration
class WebRunConfiguration {

	static final String UPLOAD_RUNS = "uploadRuns";

	@Bean(UPLOAD_RUNS)
	TaskExecutor uploadRuns() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setThreadNamePrefix("upload-run-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(60);
		executor.initialize();
		return executor;
	}

}

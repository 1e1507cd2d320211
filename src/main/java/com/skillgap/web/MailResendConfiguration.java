package com.skillgap.web;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.skillgap.batch.SkillgapProperties;
import com.skillgap.mail.ReportMailResends;
import com.skillgap.mail.ReportMailer;
import com.skillgap.mail.TeamReportMessages;
import com.skillgap.report.ReportFolder;

/**
 * Sending a report mail again from the deliveries page: on a thread of its own, one message at a time, the rest
 * queued, so that a page answers at once however long the attempts and their waits take.
 */
@ConditionalOnWebApplication
@Configuration
class MailResendConfiguration {

	static final String MAIL_RESENDS = "mailResends";

	@Bean(MAIL_RESENDS)
	TaskExecutor mailResends() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("mail-resend-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(60);
		executor.initialize();
		return executor;
	}

	@Bean
	ReportMailResends reportMailResends(ReportMailer mailer, TeamReportMessages messages,
			SkillgapProperties properties, @Qualifier(MAIL_RESENDS) TaskExecutor executor) {
		return new ReportMailResends(mailer, messages, new ReportFolder(Path.of(properties.reports())), executor);
	}

}

package com.skillgap.batch;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.skillgap.mail.MailCounts;
import com.skillgap.mail.ReportMail;
import com.skillgap.mail.ReportMailer;
import com.skillgap.mail.TeamRecipients;
import com.skillgap.mail.TeamReportMessages;
import com.skillgap.report.ReportFolder;
import com.skillgap.store.IntakeStaging;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/**
 * The job's last step: mails each team's report, written by the steps before, to the team's managers — those of the
 * upload that started the run, of the sheet and of {@code skillgap.teams.<id>.managers}, the message as
 * {@link TeamReportMessages} writes it. Its counts stay in the step's
 * context for the closing summary.
 */
class TeamMailTasklet implements Tasklet {

	static final String SENT = "mail.sent";

	static final String OUTBOX = "mail.outbox";

	static final String FAILED = "mail.failed";

	static final String SKIPPED = "mail.skipped";

	private static final Logger logger = LoggerFactory.getLogger(TeamMailTasklet.class);

	private final boolean enabled;

	private final IntakeStaging staging;

	private final QuarterHistory history;

	private final TeamReportMessages messages;

	private final ReportMailer mailer;

	private final ReportFolder folder;

	private final SkillgapProperties properties;

	private final Function<String, List<String>> uploadManagers;

	private final String quarter;

	private final long runId;

	private final String occasion;

	TeamMailTasklet(boolean enabled, IntakeStaging staging, QuarterHistory history, TeamReportMessages messages,
			ReportMailer mailer, ReportFolder folder, SkillgapProperties properties,
			Function<String, List<String>> uploadManagers, String quarter, long runId, String occasion) {
		this.occasion = occasion;
		this.enabled = enabled;
		this.staging = staging;
		this.history = history;
		this.messages = messages;
		this.mailer = mailer;
		this.folder = folder;
		this.properties = properties;
		this.uploadManagers = uploadManagers;
		this.quarter = quarter;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		if (!this.enabled) {
			context.putString(SKIPPED, "true");
			return RepeatStatus.FINISHED;
		}
		MailCounts counts = MailCounts.NONE;
		for (String teamId : this.staging.teamIds(this.runId)) {
			TeamQuarter stored = this.history.find(teamId, this.quarter).orElseThrow();
			List<String> recipients = TeamRecipients.of(this.uploadManagers.apply(teamId), stored.managers(),
					this.properties.configuredManagers(teamId));
			if (recipients.isEmpty()) {
				logger.info("No managers to mail the report of {} for {} to", teamId, this.quarter);
				continue;
			}
			// empty when the team's report is not there: a team is never mailed without it
			Optional<ReportMail> mail = this.messages.of(stored, this.folder);
			if (mail.isEmpty()) {
				continue;
			}
			counts = counts.plus(this.mailer.deliver(mail.get(), recipients, this.folder, this.occasion));
		}
		context.putInt(SENT, counts.sent());
		context.putInt(OUTBOX, counts.outbox());
		context.putInt(FAILED, counts.failed());
		this.folder.tidy(this.quarter);
		return RepeatStatus.FINISHED;
	}

}

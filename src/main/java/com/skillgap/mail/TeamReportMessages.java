package com.skillgap.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.report.ReportFolder;
import com.skillgap.store.QuarterHistory;
import com.skillgap.store.TeamQuarter;

/**
 * Writes a team's report mail for a quarter from the quarter as history keeps it: the key figures and top risks of
 * its analysis, the PDF the run wrote attached, and the workbook beside it when {@code skillgap.mail.attach-xlsx} is
 * set. Both a run's mail step and an admin's resend write their messages here, so a resent message is the one the
 * run would send.
 */
public class TeamReportMessages {

	private static final Logger logger = LoggerFactory.getLogger(TeamReportMessages.class);

	private final QuarterHistory history;

	private final GapAnalysis analysis;

	private final Matrix matrix;

	private final boolean attachWorkbook;

	public TeamReportMessages(QuarterHistory history, GapAnalysis analysis, Matrix matrix, boolean attachWorkbook) {
		this.history = history;
		this.analysis = analysis;
		this.matrix = matrix;
		this.attachWorkbook = attachWorkbook;
	}

	/** The team's message for the quarter; empty when the quarter is not in history or its PDF is missing. */
	public Optional<ReportMail> of(String teamId, String quarter, ReportFolder folder) {
		Optional<TeamQuarter> stored = this.history.find(teamId, quarter);
		if (stored.isEmpty()) {
			logger.warn("No report of {} for {} to mail: the quarter is not in history", teamId, quarter);
			return Optional.empty();
		}
		return of(stored.get(), folder);
	}

	/** The message of a stored team quarter; empty when its PDF is missing, as a team is never mailed without it. */
	public Optional<ReportMail> of(TeamQuarter stored, ReportFolder folder) {
		String teamId = stored.team().id();
		Path pdf = folder.teamPdf(stored.quarter(), teamId);
		if (!Files.isRegularFile(pdf)) {
			logger.warn("No report of {} for {} to mail: {} is missing", teamId, stored.quarter(), pdf);
			return Optional.empty();
		}
		List<Path> attachments = new ArrayList<>(List.of(pdf));
		Path workbook = folder.teamWorkbook(stored.quarter(), teamId);
		if (this.attachWorkbook && Files.isRegularFile(workbook)) {
			attachments.add(workbook);
		}
		return Optional.of(ReportMailBody.of(this.analysis.analyse(stored.team()), this.matrix.roles(),
				stored.quarter(), attachments));
	}

}

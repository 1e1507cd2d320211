package com.skillgap.mail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Role;
import com.skillgap.report.TopRisks;

/**
 * Writes a team's message: its key figures (people, average fit per role, uncovered and single-point-of-failure
 * counts) and its top risks, as plain text and as HTML with every value escaped.
 */
public final class ReportMailBody {

	private ReportMailBody() {
	}

	public static ReportMail of(TeamAnalysis analysis, List<Role> roles, String quarter, List<Path> attachments) {
		String team = analysis.team().name();
		List<String> figures = new ArrayList<>();
		figures.add("People: " + analysis.members().size());
		for (Role role : roles) {
			figures.add("Average fit, " + role.name() + ": " + analysis.averageFit(role).rounded().toPlainString());
		}
		figures.add("Responsibilities nobody covers: " + analysis.count(CoverageStatus.UNCOVERED));
		figures.add("Single points of failure: " + analysis.count(CoverageStatus.SINGLE_POINT_OF_FAILURE));
		List<String> risks = TopRisks.of(analysis);
		String opening = "The skills gap report of " + team + " for " + quarter + " is attached.";
		String closing = "The attached PDF has the details: coverage, each person's gaps and what to learn next.";

		StringBuilder text = new StringBuilder(opening).append("\n\n");
		figures.forEach(figure -> text.append("- ").append(figure).append('\n'));
		text.append("\nTop risks:\n");
		risks.forEach(risk -> text.append("- ").append(risk).append('\n'));
		text.append('\n').append(closing).append('\n');

		// styles inline, as mail readers drop style sheets; the report's own sans-serif look, readable on a phone
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"margin:0;padding:16px;"
				+ "font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:15px;line-height:1.45;"
				+ "color:#222222;max-width:640px\">");
		html.append("<p>").append(escape(opening)).append("</p><h2 style=\"font-size:17px;margin:18px 0 6px\">")
			.append("Key figures</h2><ul style=\"padding-left:20px\">");
		figures.forEach(figure -> html.append("<li>").append(escape(figure)).append("</li>"));
		html.append("</ul><h2 style=\"font-size:17px;margin:18px 0 6px\">Top risks</h2><ul style=\"padding-left:20px\">");
		risks.forEach(risk -> html.append("<li>").append(escape(risk)).append("</li>"));
		html.append("</ul><p>").append(escape(closing)).append("</p></body></html>");

		// a team name comes from a sheet: no line break of it may start a header of its own
		String subject = ("Skills gap report: " + team + ", " + quarter).replaceAll("\\p{Cntrl}+", " ");
		return new ReportMail(analysis.team().id(), quarter, subject,
				text.toString(), html.toString(), attachments);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}

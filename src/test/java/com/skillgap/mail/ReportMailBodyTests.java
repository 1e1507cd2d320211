package com.skillgap.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamAnalysis;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The message about a team's report, whatever the sheet called the team. */
class ReportMailBodyTests {

	private static final Matrix MATRIX = load();

	@Test
	void aLineBreakInTheTeamsNameNeverReachesTheSubjectHeader() {
		ReportMail mail = ReportMailBody.of(analysis("Ops\r\nBcc: everyone@example.com"), MATRIX.roles(), "2026-Q4",
				List.of());

		assertThat(mail.subject()).isEqualTo("Skills gap report: Ops Bcc: everyone@example.com, 2026-Q4")
			.doesNotContain("\r", "\n");
	}

	@Test
	void theHtmlBodyEscapesTheTeamsName() {
		ReportMail mail = ReportMailBody.of(analysis("R&D <Ops>"), MATRIX.roles(), "2026-Q4", List.of());

		assertThat(mail.html()).contains("R&amp;D &lt;Ops&gt;").doesNotContain("<Ops>");
		assertThat(mail.text()).contains("R&D <Ops>");
	}

	private static TeamAnalysis analysis(String teamName) {
		Team team = new Team("ops", teamName,
				List.of(new Person("Ana Lima", null, "Cloud Engineer", null, Map.of("kubernetes", 3))));
		return new GapAnalysis(MATRIX, ScoringRules.DEFAULT).analyse(team);
	}

	private static Matrix load() {
		try (InputStream input = ReportMailBodyTests.class.getResourceAsStream("/matrices/cloud-devops.yaml")) {
			return MatrixLoader.load(input, "cloud-devops.yaml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.skillgap.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.skillgap.analysis.GapAnalysis;
import com.skillgap.analysis.Person;
import com.skillgap.analysis.ScoringRules;
import com.skillgap.analysis.Team;
import com.skillgap.analysis.TeamTrend;
import com.skillgap.intake.DataIssue;
import com.skillgap.intake.Severity;
import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.MatrixLoader;
import com.skillgap.matrix.Responsibility;

/**
 * Report content that looks like what managers send: names from several scripts, roles written loosely, a
 * responsibility or two nobody assessed, a hybrid, and the data issues an import typically finds.
 */
final class TeamReportFixtures {

	static final Matrix MATRIX = loadDefaultMatrix();

	static final String QUARTER = "2026-Q4";

	private TeamReportFixtures() {
	}

	/**
	 * A platform team of six measured against the default matrix. Levels are written in matrix order, one digit per
	 * responsibility and {@code .} for not assessed, areas separated by spaces: cloud platform (5), networking &
	 * security (4), reliability (3), release automation (6), infrastructure automation (5), observability (2).
	 */
	static TeamReportContent platformTeam() {
		List<Person> members = List.of(
				person("Zofia Wiśniewska", "Cloud Engineer", null, "44.22 4443 342 211112 32322 31"),
				person("Çağrı Yılmaz", "DevOps Engineer", null, "21.12 1123 222 433233 33333 23"),
				person("Νίκος Παπαδόπουλος", "Cloud Engineer", "DevOps Engineer", "44.23 4443 343 433233 43433 33"),
				person("Bjørn Håland", null, null, "32.21 .2.2 2.2 3222.. 2.3.. 2."),
				person("Łukasz Król", "Site Reliability Engineer", null, "32.22 2222 324 322122 22322 32"),
				person("Ingrid Sørensen", "devops", null, "11.10 0012 112 322221 22222 12"));
		return content(new Team("platform-team", "Platform Team", members), importIssues());
	}

	/**
	 * The platform team with its previous quarter: the same people a little earlier in their learning, except Ingrid
	 * Sørensen, who joined since, and Marta Costa, who left.
	 */
	static TeamReportContent platformTeamWithTrend() {
		TeamReportContent now = platformTeam();
		GapAnalysis analysis = new GapAnalysis(MATRIX, ScoringRules.DEFAULT);
		TeamTrend trend = TeamTrend.between("2026-Q3", analysis.analyse(previousPlatformTeam()), now.analysis(),
				MATRIX);
		return new TeamReportContent(QUARTER, MATRIX, now.analysis(), now.issues(), TrendView.sameMatrix(trend));
	}

	/**
	 * The platform team with its previous quarter as if that quarter had used another version of the matrix, one
	 * that shared only the responsibilities the DevOps Engineer does not require: both quarters are scored again over
	 * those, and only the Cloud Engineer's fit is compared.
	 */
	static TeamReportContent platformTeamWithTrendOverAnotherMatrix() {
		TeamReportContent now = platformTeam();
		Matrix shared = MATRIX.restrictedTo(MATRIX.responsibilities()
			.stream()
			.filter(responsibility -> !responsibility.isRequiredBy("devops-engineer"))
			.map(Responsibility::id)
			.toList()).orElseThrow();
		GapAnalysis analysis = new GapAnalysis(shared, ScoringRules.DEFAULT);
		TeamTrend trend = TeamTrend.between("2026-Q3", analysis.analyse(previousPlatformTeam()),
				analysis.analyse(now.analysis().team()), shared);
		return new TeamReportContent(QUARTER, MATRIX, now.analysis(), now.issues(),
				new TrendView(trend, "cloud-devops", "2025.2", shared.responsibilities().size()));
	}

	/**
	 * The platform team the quarter before: the same people a little earlier in their learning, but for Marta Costa,
	 * who left since, and without Ingrid Sørensen, who joined.
	 */
	private static Team previousPlatformTeam() {
		List<Person> before = List.of(
				person("Zofia Wiśniewska", "Cloud Engineer", null, "43.22 4433 332 211112 22322 31"),
				person("Çağrı Yılmaz", "DevOps Engineer", null, "21.12 1122 222 333223 33323 23"),
				person("Νίκος Παπαδόπουλος", "Cloud Engineer", "DevOps Engineer", "44.23 4443 343 433233 43433 33"),
				person("Bjørn Håland", null, null, "22.21 .2.2 2.2 2222.. 2.2.. 2."),
				person("Łukasz Król", "Site Reliability Engineer", null, "32.22 2222 324 322122 22322 32"),
				person("Marta Costa", "Cloud Engineer", null, "33.32 3322 222 211111 22222 21"));
		return new Team("platform-team", "Platform Team", before);
	}

	static List<DataIssue> importIssues() {
		return List.of(
				new DataIssue(Severity.ERROR, "input/platform-team.xlsx", "Skills", "D7", 7,
						"'2.5' is not a level: use 0–4 or None … Expert"),
				new DataIssue(Severity.WARNING, "input/platform-team.xlsx", "Skills", null, 9,
						"Ana Lima appears twice: the later row was used"),
				new DataIssue(Severity.ERROR, "input/delivery.csv", null, null, 12, "The row has no name"));
	}

	static TeamReportContent content(Team team, List<DataIssue> issues) {
		return new TeamReportContent(QUARTER, MATRIX, new GapAnalysis(MATRIX, ScoringRules.DEFAULT).analyse(team),
				issues);
	}

	static Person person(String name, String currentRole, String targetRole, String levels) {
		String digits = levels.replace(" ", "");
		List<Responsibility> responsibilities = MATRIX.responsibilities();
		if (digits.length() != responsibilities.size()) {
			throw new IllegalArgumentException(name + ": " + digits.length() + " levels for "
					+ responsibilities.size() + " responsibilities");
		}
		Map<String, Integer> assessed = new HashMap<>();
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) != '.') {
				assessed.put(responsibilities.get(i).id(), Character.digit(digits.charAt(i), 10));
			}
		}
		return new Person(name, null, currentRole, targetRole, assessed);
	}

	/**
	 * A matrix of {@code responsibilities} responsibilities with names of realistic length, six to an area, for the
	 * first {@code roles} of Cloud, DevOps, Site Reliability and Security Engineer, each responsibility required by
	 * at least one of them at levels 1–4 of the default scale.
	 */
	static Matrix largeMatrix(int responsibilities, int roles) {
		String[] roleNames = { "Cloud Engineer", "DevOps Engineer", "Site Reliability Engineer", "Security Engineer" };
		String[] topics = { "Kubernetes", "Networking", "Identity & access", "Incident response", "Databases",
				"Release pipelines", "Observability", "Cost management", "Infrastructure as code", "Backups" };
		String[] aspects = { "operations", "design", "automation", "troubleshooting", "governance", "reviews",
				"capacity planning" };
		StringBuilder yaml = new StringBuilder("id: large\nversion: \"1\"\nroles:\n");
		for (int role = 0; role < roles; role++) {
			yaml.append("  - { id: role-").append(role).append(", name: ").append(roleNames[role]).append(" }\n");
		}
		yaml.append("responsibilities:\n");
		for (int i = 0; i < responsibilities; i++) {
			String name = topics[i % topics.length] + " " + aspects[(i / topics.length) % aspects.length]
					+ (i < topics.length * aspects.length ? "" : " " + (i / (topics.length * aspects.length) + 1));
			yaml.append("  - { id: r").append(i).append(", name: \"").append(name).append("\", area: \"Area ")
				.append(i / 6 + 1).append("\", weight: ").append(1 + i % 3).append(", required: {");
			List<String> required = new ArrayList<>();
			for (int role = 0; role < roles; role++) {
				if (role == i % roles || (i + role) % 3 != 0) {
					required.add(" role-" + role + ": " + (1 + (i * 7 + role * 3) % 4));
				}
			}
			yaml.append(String.join(",", required)).append(" } }\n");
		}
		return MatrixLoader.load(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8)),
				"large.yaml");
	}

	/**
	 * A team of {@code members} people of distinct names from several scripts, each assessed on most of the
	 * matrix's responsibilities at random levels drawn from {@code seed}.
	 */
	static Team largeTeam(Matrix matrix, int members, long seed) {
		String[] first = { "Zofia", "Çağrı", "Νίκος", "Bjørn", "Łukasz", "Ingrid", "Ana", "Tom", "Marta", "Søren",
				"Aleksandra", "José" };
		String[] last = { "Wiśniewska", "Yılmaz", "Παπαδόπουλος", "Håland", "Król", "Sørensen", "Lima", "Berg",
				"Costa", "Ødegaard", "Nowak" };
		Random random = new Random(seed);
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			Map<String, Integer> levels = new HashMap<>();
			for (Responsibility responsibility : matrix.responsibilities()) {
				if (random.nextInt(10) > 0) {
					levels.put(responsibility.id(), random.nextInt(5));
				}
			}
			people.add(new Person(first[i % first.length] + " " + last[(i / first.length + i) % last.length], null,
					null, null, levels));
		}
		return new Team("large-team", "Large Team", people);
	}

	private static Matrix loadDefaultMatrix() {
		try (InputStream input = TeamReportFixtures.class.getResourceAsStream("/matrices/cloud-devops.yaml")) {
			return MatrixLoader.load(input, "cloud-devops.yaml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

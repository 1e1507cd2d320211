package com.skillgap.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.skillgap.analysis.CoverageEntry;
import com.skillgap.analysis.CoverageStatus;
import com.skillgap.analysis.Fraction;
import com.skillgap.analysis.Gap;
import com.skillgap.analysis.MemberAnalysis;
import com.skillgap.analysis.TeamAnalysis;

/**
 * The team's top risks in words, for the report's first page: what nobody covers, what rests on one person, the
 * largest gaps across the team and the people furthest from their target role.
 */
public final class TopRisks {

	/** How many items each sentence names at most. */
	private static final int NAMED = 5;

	private TopRisks() {
	}

	public static List<String> of(TeamAnalysis analysis) {
		List<String> risks = new ArrayList<>();
		if (analysis.members().isEmpty()) {
			risks.add("Nobody was counted in this team.");
			return risks;
		}
		List<CoverageEntry> uncovered = byStatus(analysis, CoverageStatus.UNCOVERED);
		List<CoverageEntry> notPractised = uncovered.stream().filter(entry -> entry.assessed() > 0).toList();
		List<CoverageEntry> notAssessed = uncovered.stream().filter(entry -> entry.assessed() == 0).toList();
		if (!notPractised.isEmpty()) {
			risks.add("Nobody in the team practises " + names(notPractised, entry -> "", " or ") + ".");
		}
		if (!notAssessed.isEmpty()) {
			risks.add("Nobody was assessed on " + names(notAssessed, entry -> "", " or ")
					+ ": uncovered until someone is.");
		}
		List<CoverageEntry> single = byStatus(analysis, CoverageStatus.SINGLE_POINT_OF_FAILURE);
		if (!single.isEmpty()) {
			risks.add((single.size() == 1 ? "A single point of failure, practised by one member only: "
					: "Single points of failure, each practised by one member only: ")
					+ names(single, entry -> " (" + solePractitioner(analysis, entry) + ")", " and ") + ".");
		}
		List<String> largest = largestGaps(analysis);
		if (!largest.isEmpty()) {
			risks.add("Largest gaps (weight × gap against each person's target role): " + String.join("; ", largest)
					+ ".");
		}
		List<String> furthest = analysis.members()
			.stream()
			.sorted(Comparator.comparing((MemberAnalysis member) -> member.fit(member.targetRole()).fit())
				.thenComparing(member -> member.person().name()))
			.limit(3)
			.filter(member -> member.fit(member.targetRole()).fit().compareTo(Fraction.of(70, 1)) < 0)
			.map(member -> member.person().name() + " (" + member.fit(member.targetRole()).fit().rounded()
					.toPlainString() + " for " + member.targetRole().name() + ")")
			.toList();
		if (!furthest.isEmpty()) {
			risks.add("Furthest from their target role (fit below 70): " + String.join(", ", furthest) + ".");
		}
		if (risks.isEmpty()) {
			risks.add("No responsibility is uncovered or rests on one person, and everyone is within reach of their "
					+ "target role.");
		}
		return risks;
	}

	private static List<CoverageEntry> byStatus(TeamAnalysis analysis, CoverageStatus status) {
		return analysis.coverage()
			.stream()
			.filter(entry -> entry.status() == status)
			.sorted(Comparator.comparingInt((CoverageEntry entry) -> entry.responsibility().weight())
				.reversed()
				.thenComparing(entry -> entry.responsibility().id()))
			.toList();
	}

	/** Up to {@value #NAMED} responsibilities, each with its detail, as "A, B or C", then how many more. */
	private static String names(List<CoverageEntry> entries, Function<CoverageEntry, String> detail, String last) {
		List<String> named = entries.stream()
			.limit(NAMED)
			.map(entry -> entry.responsibility().name() + detail.apply(entry))
			.toList();
		if (entries.size() > NAMED) {
			return String.join(", ", named) + " and " + (entries.size() - NAMED) + " more";
		}
		if (named.size() == 1) {
			return named.get(0);
		}
		return String.join(", ", named.subList(0, named.size() - 1)) + last + named.get(named.size() - 1);
	}

	/** The one member at the coverage level or above of a single-point-of-failure responsibility. */
	private static String solePractitioner(TeamAnalysis analysis, CoverageEntry entry) {
		return analysis.practitioners(entry.responsibility())
			.stream()
			.map(member -> member.person().name())
			.collect(Collectors.joining(", "));
	}

	/** The three highest-priority gaps across the team, as "Ana Lima, Kubernetes 2 → 4 (priority 6)". */
	private static List<String> largestGaps(TeamAnalysis analysis) {
		record Found(MemberAnalysis member, Gap gap) {
		}
		return analysis.members()
			.stream()
			.flatMap(member -> member.topGaps().stream().map(gap -> new Found(member, gap)))
			.sorted(Comparator.comparingInt((Found found) -> found.gap().priority())
				.reversed()
				.thenComparing(found -> found.member().person().name())
				.thenComparing(found -> found.gap().responsibility().id()))
			.limit(3)
			.map(found -> found.member().person().name() + ", " + found.gap().responsibility().name() + " "
					+ (found.gap().actual() == null ? "not assessed" : found.gap().actual()) + " → "
					+ found.gap().required() + " (priority " + found.gap().priority() + ")")
			.toList();
	}

}

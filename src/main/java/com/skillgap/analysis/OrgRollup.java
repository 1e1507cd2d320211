package com.skillgap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillgap.matrix.Matrix;
import com.skillgap.matrix.Responsibility;
import com.skillgap.matrix.Role;

/**
 * The teams of a run side by side and the organisation as a whole, gathered one team at a time so that memory holds
 * one line per team, not the teams themselves. The org's average fit is the mean over all people of the run.
 */
public final class OrgRollup {

	/**
	 * One team's line of the roll-up.
	 *
	 * @param practitioners the team's practitioners of each responsibility, in matrix order
	 * @param coverage the team's coverage status of each responsibility, in matrix order
	 */
	public record TeamLine(String teamId, String teamName, int people, Map<String, Fraction> averageFit,
			long uncovered, long singlePointsOfFailure, long hybrids, List<Integer> practitioners,
			List<CoverageStatus> coverage) {

		public TeamLine {
			averageFit = Collections.unmodifiableMap(new LinkedHashMap<>(averageFit));
			practitioners = List.copyOf(practitioners);
			coverage = List.copyOf(coverage);
		}

	}

	/**
	 * One responsibility across the org.
	 *
	 * @param practitioners the sum of the teams' practitioners
	 * @param teamsUncovered the teams where it is uncovered
	 * @param teamsWithOnePractitioner the teams where it is a single point of failure
	 */
	public record ResponsibilityLine(Responsibility responsibility, long practitioners, long teamsUncovered,
			long teamsWithOnePractitioner) {
	}

	private final Matrix matrix;

	private final List<TeamLine> teams = new ArrayList<>();

	private final Map<String, Fraction> fitSums = new LinkedHashMap<>();

	private final Map<String, long[]> responsibilitySums = new LinkedHashMap<>();

	private int people;

	private long hybrids;

	public OrgRollup(Matrix matrix) {
		this.matrix = matrix;
		for (Role role : matrix.roles()) {
			this.fitSums.put(role.id(), Fraction.ZERO);
		}
		for (Responsibility responsibility : matrix.responsibilities()) {
			this.responsibilitySums.put(responsibility.id(), new long[3]);
		}
	}

	public void add(TeamAnalysis team) {
		this.teams.add(new TeamLine(team.team().id(), team.team().name(), team.members().size(), team.averageFit(),
				team.count(CoverageStatus.UNCOVERED), team.count(CoverageStatus.SINGLE_POINT_OF_FAILURE),
				team.hybrids(), team.coverage().stream().map(CoverageEntry::practitioners).toList(),
				team.coverage().stream().map(CoverageEntry::status).toList()));
		this.people += team.members().size();
		this.hybrids += team.hybrids();
		for (MemberAnalysis member : team.members()) {
			for (RoleFit fit : member.fits()) {
				this.fitSums.merge(fit.role().id(), fit.fit(), Fraction::plus);
			}
		}
		for (CoverageEntry entry : team.coverage()) {
			long[] sums = this.responsibilitySums.get(entry.responsibility().id());
			sums[0] += entry.practitioners();
			if (entry.status() == CoverageStatus.UNCOVERED) {
				sums[1]++;
			}
			else if (entry.status() == CoverageStatus.SINGLE_POINT_OF_FAILURE) {
				sums[2]++;
			}
		}
	}

	public List<TeamLine> teams() {
		return List.copyOf(this.teams);
	}

	public Matrix matrix() {
		return this.matrix;
	}

	public int people() {
		return this.people;
	}

	public long hybrids() {
		return this.hybrids;
	}

	/** The mean fit over all people of the run, by role id in matrix order; empty when the run has nobody. */
	public Map<String, Fraction> averageFit() {
		Map<String, Fraction> averages = new LinkedHashMap<>();
		if (this.people > 0) {
			this.fitSums.forEach((role, sum) -> averages.put(role, sum.dividedBy(this.people)));
		}
		return Collections.unmodifiableMap(averages);
	}

	/** Every responsibility of the matrix, in matrix order. */
	public List<ResponsibilityLine> responsibilities() {
		return this.matrix.responsibilities()
			.stream()
			.map(responsibility -> {
				long[] sums = this.responsibilitySums.get(responsibility.id());
				return new ResponsibilityLine(responsibility, sums[0], sums[1], sums[2]);
			})
			.toList();
	}

}

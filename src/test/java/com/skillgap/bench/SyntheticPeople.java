package com.skillgap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.skillgap.matrix.Matrix;

/**
 * A seeded synthetic organisation, one row at a time: people in teams of 5 to 15, each with a base level and levels
 * around it (most 1–3, fewer 0 and 4), about 5% of ratings not assessed, and a few data errors per thousand rows (a
 * level 7, the text "lots", a missing name, a second row for the same person) so the intake's rejection paths run.
 */
final class SyntheticPeople {

	/** One row of the sheet: identity columns, then one rating per responsibility ({@code null} = not assessed). */
	record Row(String name, String email, String team, String role, String targetRole, String managerEmail,
			LocalDate assessedOn, List<Object> ratings) {
	}

	static final double NOT_ASSESSED = 0.05;

	/** Chance, per row, of each kind of data error. */
	static final double ERROR_RATE = 0.001;

	private static final String[] FIRST = { "Ana", "Rahul", "Kenji", "Tom", "Sofia", "Lukas", "Amara", "Mateo", "Ingrid",
			"Chen", "Fatima", "Olga", "Pedro", "Zeynep", "Nikos", "Aisha", "Jan", "Marta", "Dmitri", "Priya", "Hugo",
			"Elena", "Kwame", "Yuki", "Lena", "Omar", "Sara", "Ivan", "Noor", "Ruth", "Emre", "Julia", "Ravi", "Clara",
			"Tariq", "Maja", "Diego", "Hana", "Piotr", "Leila" };

	private static final String[] LAST = { "Lima", "Mehta", "Sato", "Berg", "Rossi", "Weber", "Okafor", "García",
			"Larsen", "Wang", "Haddad", "Ivanova", "Souza", "Yılmaz", "Papadopoulos", "Khan", "Novak", "Kowalska",
			"Petrov", "Sharma", "Martin", "Popescu", "Mensah", "Tanaka", "Fischer", "Farouk", "Cohen", "Horvat", "Ali",
			"Brown", "Demir", "Schmidt", "Iyer", "Dubois", "Aziz", "Nowak", "López", "Kim", "Wiśniewski", "Nasser" };

	private static final String[] TEAM_WORDS = { "Platform", "Delivery", "Cloud Ops", "Payments", "Data", "Identity",
			"Edge", "Search", "Mobile", "Billing", "Core", "Observability" };

	private final Random random;

	private final List<String> roles;

	private final int responsibilities;

	private final int people;

	private int row;

	private int teamNumber;

	private int leftInTeam;

	private String team;

	private String manager;

	private Row previous;

	SyntheticPeople(Matrix matrix, int people, long seed) {
		this.random = new Random(seed);
		this.roles = matrix.roles().stream().map(role -> role.name()).toList();
		this.responsibilities = matrix.responsibilities().size();
		this.people = people;
	}

	boolean hasNext() {
		return this.row < this.people;
	}

	Row next() {
		if (this.leftInTeam == 0) {
			this.teamNumber++;
			this.leftInTeam = 5 + this.random.nextInt(11);
			this.team = TEAM_WORDS[this.random.nextInt(TEAM_WORDS.length)] + " " + this.teamNumber;
			this.manager = "lead." + this.teamNumber + "@example.com";
		}
		this.leftInTeam--;
		int index = this.row++;
		Row next;
		if (this.previous != null && this.previous.team().equals(this.team) && this.random.nextDouble() < ERROR_RATE) {
			// a second row for the same person
			next = new Row(this.previous.name(), this.previous.email(), this.team, this.previous.role(),
					this.previous.targetRole(), this.manager, assessedOn(), ratings());
		}
		else {
			String name = name(index);
			next = new Row(name, email(name, index), this.team, this.roles.get(this.random.nextInt(this.roles.size())),
					(this.random.nextBoolean()) ? null : this.roles.get(this.random.nextInt(this.roles.size())),
					this.manager, assessedOn(), ratings());
		}
		this.previous = next;
		if (this.random.nextDouble() < ERROR_RATE) {
			next = new Row(null, next.email(), next.team(), next.role(), next.targetRole(), next.managerEmail(),
					next.assessedOn(), next.ratings());
		}
		return next;
	}

	private List<Object> ratings() {
		double base = Math.clamp(2.0 + this.random.nextGaussian() * 0.7, 0.3, 3.7);
		List<Object> ratings = new ArrayList<>(this.responsibilities);
		for (int i = 0; i < this.responsibilities; i++) {
			if (this.random.nextDouble() < NOT_ASSESSED) {
				ratings.add(null);
			}
			else {
				long level = Math.round(base + this.random.nextGaussian() * 0.8);
				ratings.add((int) Math.clamp(level, 0, 4));
			}
		}
		if (this.random.nextDouble() < ERROR_RATE) {
			ratings.set(this.random.nextInt(this.responsibilities), 7);
		}
		if (this.random.nextDouble() < ERROR_RATE) {
			ratings.set(this.random.nextInt(this.responsibilities), "lots");
		}
		return ratings;
	}

	private LocalDate assessedOn() {
		return LocalDate.of(2026, 10, 1).plusDays(this.random.nextInt(60));
	}

	/** A name unique for every index below 41,600: first name, middle initial, last name, spread over the org. */
	private static String name(int index) {
		int combinations = FIRST.length * LAST.length * 26;
		int spread = (int) ((index * 7919L) % combinations);
		String name = FIRST[spread % FIRST.length] + " " + (char) ('A' + (spread / FIRST.length) % 26) + ". "
				+ LAST[spread / (FIRST.length * 26) % LAST.length];
		return (index < combinations) ? name : name + " " + (index / combinations + 1);
	}

	private static String email(String name, int index) {
		String local = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT),
				java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", ".");
		return local + "." + index + "@example.com";
	}

}

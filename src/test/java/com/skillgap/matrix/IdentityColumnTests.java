package com.skillgap.matrix;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity columns of a team sheet and the headers that name them (input-format.md, "Columns" and "Long
 * layout"). Headers are matched with the forgiving comparison of {@link HeaderText}.
 */
class IdentityColumnTests {

	@Test
	void personColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.PERSON.headers()).containsExactly("Name", "Full name", "Employee", "Person",
				"Engineer", "Team member");
	}

	@Test
	void emailColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.EMAIL.headers()).containsExactly("Email", "E-mail", "Email address", "Mail");
	}

	@Test
	void teamColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.TEAM.headers()).containsExactly("Team", "Squad", "Group");
	}

	@Test
	void currentRoleColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.CURRENT_ROLE.headers()).containsExactly("Role", "Current role", "Job title",
				"Position", "Title");
	}

	@Test
	void targetRoleColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.TARGET_ROLE.headers()).containsExactly("Target role", "Target", "Desired role",
				"Aspiration");
	}

	@Test
	void managersColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.MANAGERS.headers()).containsExactly("Manager email", "Manager", "Lead email");
	}

	@Test
	void assessedOnColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.ASSESSED_ON.headers()).containsExactly("Assessed on", "Assessment date", "Date",
				"Last reviewed");
	}

	@Test
	void longLayoutSkillColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.SKILL.headers()).containsExactly("Skill", "Responsibility", "Competency");
	}

	@Test
	void longLayoutLevelColumnHeadersAreThoseOfTheInputContract() {
		assertThat(IdentityColumn.LEVEL.headers()).containsExactly("Level", "Rating", "Score", "Proficiency");
	}

	@ParameterizedTest(name = "{1} names {0}")
	@MethodSource("everyHeader")
	void everyHeaderNamesItsColumn(IdentityColumn column, String header) {
		// when
		var found = IdentityColumn.forHeader(header);

		// then
		assertThat(found).contains(column);
	}

	@ParameterizedTest(name = "''{1}'' names {0}")
	@MethodSource("headersAsManagersWriteThem")
	void headersMatchForgivingly(IdentityColumn column, String header) {
		// when
		var found = IdentityColumn.forHeader(header);

		// then
		assertThat(found).contains(column);
	}

	static Stream<Arguments> headersAsManagersWriteThem() {
		return Stream.of(Arguments.of(IdentityColumn.PERSON, "  TEAM MEMBER "),
				Arguments.of(IdentityColumn.PERSON, "Full_Name"), Arguments.of(IdentityColumn.EMAIL, "e-mail"),
				Arguments.of(IdentityColumn.EMAIL, "E_MAIL"), Arguments.of(IdentityColumn.EMAIL, "email  address"),
				Arguments.of(IdentityColumn.CURRENT_ROLE, "Job-Title"),
				Arguments.of(IdentityColumn.CURRENT_ROLE, "Current Role:"),
				Arguments.of(IdentityColumn.TARGET_ROLE, "(Target role)"),
				Arguments.of(IdentityColumn.ASSESSED_ON, "Assessed on:"),
				Arguments.of(IdentityColumn.LEVEL, "RATING"));
	}

	@Test
	void roleAndTargetRoleAreDifferentColumns() {
		// given two headers that share a word
		// when / then
		assertThat(IdentityColumn.forHeader("Role")).contains(IdentityColumn.CURRENT_ROLE);
		assertThat(IdentityColumn.forHeader("Target role")).contains(IdentityColumn.TARGET_ROLE);
	}

	@ParameterizedTest(name = "''{0}'' is not an identity header")
	@ValueSource(strings = { "Kubernetes", "Names", "Email 2", "First name", "Roles", "Team lead", "EMail address x",
			"", "   " })
	void otherHeadersNameNoIdentityColumn(String header) {
		// when / then
		assertThat(IdentityColumn.forHeader(header)).isEmpty();
		assertThat(IdentityColumn.isReserved(header)).isFalse();
	}

	@Test
	void aMissingHeaderNamesNoIdentityColumn() {
		assertThat(IdentityColumn.forHeader(null)).isEmpty();
	}

	@Test
	void aMissingSpaceIsNotForgiven() {
		// given "Teammember" is not "Team member", as "CICD" is not "CI CD"
		// when / then
		assertThat(IdentityColumn.forHeader("Teammember")).isEmpty();
	}

	@ParameterizedTest(name = "{1} is reserved")
	@MethodSource("everyHeader")
	void everyIdentityHeaderIsReserved(IdentityColumn column, String header) {
		assertThat(IdentityColumn.isReserved(header)).isTrue();
	}

	@Test
	void noHeaderNamesTwoColumns() {
		// given every header, normalised
		Map<String, IdentityColumn> columnByHeader = new HashMap<>();

		// when / then
		everyHeader().forEach(arguments -> {
			IdentityColumn column = (IdentityColumn) arguments.get()[0];
			String header = (String) arguments.get()[1];
			IdentityColumn previous = columnByHeader.put(HeaderText.normalise(header), column);
			assertThat(previous).as("'%s' names %s and %s", header, previous, column).isIn(null, column);
		});
	}

	static Stream<Arguments> everyHeader() {
		return Stream.of(IdentityColumn.values())
			.flatMap(column -> column.headers().stream().map(header -> Arguments.of(column, header)));
	}

}

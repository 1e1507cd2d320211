package com.skillgap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.skillgap.batch.SkillgapProperties;

/** When the quarterly run is due, and which quarter each firing analyses. */
class QuarterlyCronTests {

	private static final String EVERY_QUARTER = "0 0 6 1 1,4,7,10 *";

	private final QuarterlyCron utc = new QuarterlyCron(EVERY_QUARTER, ZoneId.of("UTC"));

	@Test
	void theDefaultFiresAtSixOnTheFirstDayOfEachQuarterForTheQuarterThatEnded() {
		assertThat(this.utc.latest(Instant.parse("2027-01-01T06:00:00Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2027-01-01T06:00:00Z"), "2026-Q4"));
		assertThat(this.utc.latest(Instant.parse("2027-03-31T23:59:59Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2027-01-01T06:00:00Z"), "2026-Q4"));
		assertThat(this.utc.latest(Instant.parse("2027-01-01T05:59:59Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2026-10-01T06:00:00Z"), "2026-Q3"));
		assertThat(this.utc.next(Instant.parse("2026-11-26T12:00:00Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2027-01-01T06:00:00Z"), "2026-Q4"));
		assertThat(this.utc.latest(Instant.parse("2026-07-15T00:00:00Z")).orElseThrow().quarter())
			.isEqualTo("2026-Q2");
	}

	@Test
	void theDefaultsOfTheSettingsAreTheQuarterlyCronInTheMachinesZone() {
		SkillgapProperties.Schedule defaults = new SkillgapProperties.Schedule(EVERY_QUARTER, null);
		QuarterlyCron cron = new QuarterlyCron(defaults);
		assertThat(cron.zone()).isEqualTo(ZoneId.systemDefault());
		assertThat(cron.expression()).isEqualTo(EVERY_QUARTER);
		assertThat(new SkillgapProperties.Schedule(EVERY_QUARTER, " Europe/Berlin ").zoneId())
			.isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	@Test
	void theZoneDecidesTheInstantOfTheFiring() {
		QuarterlyCron berlin = new QuarterlyCron(EVERY_QUARTER, ZoneId.of("Europe/Berlin"));
		// 06:00 in Berlin on 1 January is 05:00 UTC
		assertThat(berlin.latest(Instant.parse("2027-01-01T05:30:00Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2027-01-01T05:00:00Z"), "2026-Q4"));
		QuarterlyCron auckland = new QuarterlyCron(EVERY_QUARTER, ZoneId.of("Pacific/Auckland"));
		// already 1 April in Auckland while it is still March in UTC: the quarter that ended is Q1
		assertThat(auckland.latest(Instant.parse("2027-03-31T18:00:00Z")).orElseThrow().quarter()).isEqualTo("2027-Q1");
	}

	@Test
	void aFrequentCronFindsItsLatestFiringAndAnalysesThePreviousQuarter() {
		QuarterlyCron everyMinute = new QuarterlyCron("0 * * * * *", ZoneId.of("UTC"));
		assertThat(everyMinute.latest(Instant.parse("2026-11-26T22:40:30Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2026-11-26T22:40:00Z"), "2026-Q3"));
		QuarterlyCron yearly = new QuarterlyCron("0 0 6 1 1 *", ZoneId.of("UTC"));
		assertThat(yearly.latest(Instant.parse("2027-12-31T00:00:00Z")))
			.contains(new QuarterlyCron.Firing(Instant.parse("2027-01-01T06:00:00Z"), "2026-Q4"));
	}

	@Test
	void aCronThatNeverFiredWithinAYearHasNoLatestFiring() {
		QuarterlyCron leapDay = new QuarterlyCron("0 0 6 29 2 *", ZoneId.of("UTC"));
		assertThat(leapDay.latest(Instant.parse("2027-06-01T00:00:00Z"))).isEmpty();
		assertThat(leapDay.next(Instant.parse("2027-06-01T00:00:00Z")).orElseThrow().at())
			.isEqualTo(Instant.parse("2028-02-29T06:00:00Z"));
	}

}

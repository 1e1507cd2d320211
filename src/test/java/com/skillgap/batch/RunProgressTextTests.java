package com.skillgap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What the log and the run page say a running run is doing: done of total, rate, time left. */
class RunProgressTextTests {

	private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-26T12:00:10");

	private static final LocalDateTime TEN_SECONDS_AGO = NOW.minusSeconds(10);

	@Test
	void readingSaysTheFileTheRowsTheRateAndFromTheShareReadTheTimeLeft() {
		ExecutionContext context = new ExecutionContext();
		context.putInt(SkillSheetItemReader.FILES, 3);
		context.putInt(SkillSheetItemReader.FILE, 2);
		context.putDouble(SkillSheetItemReader.FRACTION_READ, 0.25);
		// 10 s for a quarter: 30 s for the rest
		assertThat(RunProgressText.of(step("importStep", 1240, 0, TEN_SECONDS_AGO, context), 0, NOW))
			.isEqualTo("Reading file 2 of 3: 1,240 rows read, 124 rows/s, 25% of the input, about 30 s left");
	}

	@Test
	void aSheetThatDoesNotSayItsLengthGetsNoEstimate() {
		assertThat(RunProgressText.of(step("importStep", 1240, 0, TEN_SECONDS_AGO, new ExecutionContext()), 0, NOW))
			.isEqualTo("Reading the sheet: 1,240 rows read, 124 rows/s");
	}

	@Test
	void teamStepsSayHowManyOfAllTeamsAreDoneAtWhatRateAndHowLongIsLeft() {
		assertThat(RunProgressText.of(step("reportStep", 40, 40, TEN_SECONDS_AGO, null), 150, NOW))
			.isEqualTo("Writing reports: 40 of 150 teams done, 4.0 teams/s, about 28 s left");
		assertThat(RunProgressText.of(step("analysisStep", 1000, 1000, NOW.minusSeconds(100), null), 10_000, NOW))
			.isEqualTo("Analysing: 1,000 of 10,000 teams done, 10.0 teams/s, about 15 min left");
		assertThat(RunProgressText.of(step("reportStep", 150, 150, TEN_SECONDS_AGO, null), 150, NOW))
			.isEqualTo("Writing reports: 150 of 150 teams done, 15.0 teams/s");
	}

	@Test
	void aStepJustBegunHasNoRateYet() {
		assertThat(RunProgressText.of(step("analysisStep", 2, 2, NOW.minusNanos(500_000_000), null), 3, NOW))
			.isEqualTo("Analysing: 2 of 3 teams done");
		assertThat(RunProgressText.of(step("importStep", 0, 0, null, new ExecutionContext()), 0, NOW))
			.isEqualTo("Reading the sheet: 0 rows read");
	}

	@Test
	void theOtherStepsAreNamed() {
		assertThat(RunProgressText.of(step("sheetsStep", 0, 0, NOW, null), 0, NOW)).isEqualTo("Starting");
		assertThat(RunProgressText.of(step("summaryStep", 0, 0, NOW, null), 3, NOW))
			.isEqualTo("Writing the run summary");
		assertThat(RunProgressText.of(step("mailStep", 0, 0, NOW, null), 3, NOW))
			.isEqualTo("Mailing the reports to the managers");
	}

	private static StepExecution step(String name, long read, long written, LocalDateTime startedAt,
			ExecutionContext context) {
		StepExecution step = mock(StepExecution.class);
		when(step.getStepName()).thenReturn(name);
		when(step.getReadCount()).thenReturn(read);
		when(step.getWriteCount()).thenReturn(written);
		when(step.getStartTime()).thenReturn(startedAt);
		when(step.getExecutionContext()).thenReturn((context == null) ? new ExecutionContext() : context);
		return step;
	}

}

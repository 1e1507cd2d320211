package com.skillgap.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A running step in words, for the log and the run page: what is done of how much, at what rate, and about how long
 * is left, e.g. "Writing reports: 40 of 150 teams done, 6.1 teams/s, about 21 s left".
 */
public final class RunProgressText {

	/** Rates and estimates need this much of a step behind them to mean anything. */
	private static final Duration SETTLED = Duration.ofSeconds(1);

	private RunProgressText() {
	}

	/**
	 * @param teams how many teams the run has, for the team steps
	 * @param now the moment described, in the clock steps are timed with
	 */
	public static String of(StepExecution step, int teams, LocalDateTime now) {
		Duration elapsed = (step.getStartTime() == null) ? Duration.ZERO : Duration.between(step.getStartTime(), now);
		return switch (step.getStepName()) {
			case "sheetsStep" -> "Starting";
			case "importStep" -> reading(step, elapsed);
			case "analysisStep" -> "Analysing: " + teamsDone(step.getWriteCount(), teams, elapsed);
			case "reportStep" -> "Writing reports: " + teamsDone(step.getWriteCount(), teams, elapsed);
			case "mailStep" -> "Mailing the reports to the managers";
			default -> "Writing the run summary";
		};
	}

	private static String reading(StepExecution step, Duration elapsed) {
		ExecutionContext context = step.getExecutionContext();
		int files = context.getInt(SkillSheetItemReader.FILES, 0);
		int file = context.getInt(SkillSheetItemReader.FILE, 0);
		StringBuilder text = new StringBuilder((files > 1 && file > 0)
				? String.format(Locale.ROOT, "Reading file %d of %d: ", file, files) : "Reading the sheet: ");
		text.append(String.format(Locale.ROOT, "%,d rows read", step.getReadCount()));
		if (elapsed.compareTo(SETTLED) >= 0 && step.getReadCount() > 0) {
			text.append(String.format(Locale.ROOT, ", %,.0f rows/s", step.getReadCount() / seconds(elapsed)));
		}
		double read = context.containsKey(SkillSheetItemReader.FRACTION_READ)
				? context.getDouble(SkillSheetItemReader.FRACTION_READ) : Double.NaN;
		if (!Double.isNaN(read) && read > 0) {
			text.append(String.format(Locale.ROOT, ", %d%% of the input", Math.round(read * 100)));
			if (elapsed.compareTo(SETTLED) >= 0 && read < 1) {
				text.append(", ").append(left(seconds(elapsed) * (1 - read) / read));
			}
		}
		return text.toString();
	}

	private static String teamsDone(long done, int teams, Duration elapsed) {
		String text = (teams > 0) ? String.format(Locale.ROOT, "%,d of %,d teams done", done, teams)
				: String.format(Locale.ROOT, "%,d %s done", done, done == 1 ? "team" : "teams");
		if (elapsed.compareTo(SETTLED) < 0 || done == 0) {
			return text;
		}
		double rate = done / seconds(elapsed);
		text += String.format(Locale.ROOT, ", %.1f teams/s", rate);
		return (teams > done) ? text + ", " + left((teams - done) / rate) : text;
	}

	/** "about 40 s left", "about 3 min left". */
	private static String left(double seconds) {
		long rounded = Math.round(seconds);
		if (rounded < 90) {
			return "about " + Math.max(1, rounded) + " s left";
		}
		return "about " + Math.round(seconds / 60) + " min left";
	}

	private static double seconds(Duration elapsed) {
		return elapsed.toMillis() / 1000.0;
	}

}

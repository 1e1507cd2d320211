package com.skillgap.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

import com.skillgap.batch.QuarterLabel;
import com.skillgap.batch.SkillgapProperties;

/**
 * When the quarterly run is due: the cron expression of {@code skillgap.schedule.cron} read in
 * {@code skillgap.schedule.zone}. Each firing analyses the quarter that ended before it.
 */
public final class QuarterlyCron {

	/** How far back the latest firing is looked for, widening: a cron firing every minute and one firing yearly. */
	private static final List<Duration> LOOK_BACK = List.of(Duration.ofHours(1), Duration.ofDays(2),
			Duration.ofDays(40), Duration.ofDays(400));

	private final String expression;

	private final CronExpression cron;

	private final ZoneId zone;

	public QuarterlyCron(SkillgapProperties.Schedule schedule) {
		this(schedule.cron(), schedule.zoneId());
	}

	QuarterlyCron(String expression, ZoneId zone) {
		this.expression = expression;
		this.cron = CronExpression.parse(expression);
		this.zone = zone;
	}

	/** One firing: when, and the quarter it analyses. */
	public record Firing(Instant at, String quarter) {
	}

	/** The latest firing at or before the instant, if any within the last 400 days. */
	public Optional<Firing> latest(Instant now) {
		ZonedDateTime end = now.atZone(this.zone);
		for (Duration back : LOOK_BACK) {
			ZonedDateTime latest = null;
			for (ZonedDateTime next = this.cron.next(end.minus(back)); next != null && !next.isAfter(end); next = this.cron
				.next(next)) {
				latest = next;
			}
			if (latest != null) {
				return Optional.of(firing(latest));
			}
		}
		return Optional.empty();
	}

	/** The next firing after the instant. */
	public Optional<Firing> next(Instant now) {
		return Optional.ofNullable(this.cron.next(now.atZone(this.zone))).map(QuarterlyCron::firing);
	}

	public String expression() {
		return this.expression;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** A firing analyses the quarter before the one it falls in: on 1 January 2027, 2026-Q4. */
	private static Firing firing(ZonedDateTime at) {
		LocalDate date = at.toLocalDate();
		LocalDate quarterStart = date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
		return new Firing(at.toInstant(), QuarterLabel.of(quarterStart.minusDays(1)));
	}

}

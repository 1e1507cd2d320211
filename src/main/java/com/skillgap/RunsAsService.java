package com.skillgap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;

/**
 * Only in the service: a web application not started for one run ({@code --once}, {@code --quarterly}) or the
 * template. Timers and take-overs of other processes' work belong to the service alone.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication
@Conditional(RunsAsServiceCondition.class)
public @interface RunsAsService {

}

package com.skillgap;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** False when the process was started for one run or the template, by argument or property. */
class RunsAsServiceCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		boolean oneRun = environment.containsProperty("once") || environment.containsProperty("quarterly")
				|| environment.containsProperty("template") || environment.containsProperty("skillgap.template")
				|| environment.getProperty("skillgap.once", Boolean.class, false);
		return !oneRun;
	}

}

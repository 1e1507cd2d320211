package com.skillgap.analysis;

import com.skillgap.matrix.Responsibility;

/**
 * The distance between a person's level and the level a role requires.
 *
 * @param actual the assessed level, {@code null} when not assessed (it then counts as 0)
 * @param gap {@code max(0, required − actual)}
 * @param priority {@code weight × gap}
 */
public record Gap(Responsibility responsibility, int required, Integer actual, int gap, int priority) {
}

package com.skillgap.analysis;

import com.skillgap.matrix.Role;

/** A person's exact fit for one role, and the readiness band it falls in. */
public record RoleFit(Role role, Fraction fit, Readiness readiness) {
}

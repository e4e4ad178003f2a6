package org.muhojir.cluster;

import org.muhojir.scenarios.run.UserError;

/**
 * A {@link UserError} raised where the engine's interface allows no checked exception (opening Spark, running a job):
 * a master Spark cannot parse, or one it cannot reach. {@link ClusterMain} prints it as the user error it is (one
 * line, exit code 2), without a stack trace.
 */
final class SparkUserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SparkUserError(String message) {
        super(message, null, false, false);
    }

    /** The user error to report. */
    UserError userError() {
        return new UserError(getMessage());
    }

    /** The first {@code SparkUserError} among {@code e} and its causes, or null. */
    static SparkUserError in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SparkUserError u) {
                return u;
            }
        }
        return null;
    }
}

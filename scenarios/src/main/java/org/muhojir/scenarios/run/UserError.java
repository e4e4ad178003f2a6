package org.muhojir.scenarios.run;

/** A mistake the user can fix (a bad option, a folder that exists): printed as one message, exit code 2. */
public final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message, null, false, false);
    }
}

package org.muhojir.core.param;

/**
 * A scenario record with rules that span several of its fields (an extreme poverty line no higher than the poverty
 * line, for example). {@link Fields#validate} checks each field against its {@link Param} first, then these rules.
 */
public interface RecordRules {
    /** Adds a problem to {@code p} for every rule broken, under {@code at} (the record's own path). */
    void checkRules(Problems p, FieldPath at);
}

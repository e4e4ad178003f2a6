package org.muhojir.core.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What one field of a scenario record means, declared once, on the record component: its documentation and unit,
 * the legal range that validation enforces, the plausible range where one is known (the GUI's levers and the
 * reference use it), the shape of a list, and where the core default comes from. Validation ({@link Fields}), the
 * scenario reference, the JSON Schema's bounds, the GUI's lever ranges and the run manifest all read it, through
 * {@link FieldInfo}.
 *
 * <p>Ranges apply to a number, to every element of a list of numbers and to every point of a
 * {@link MonthlySeries}; a value must also be finite.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** What the field means, as a sentence for the reader of a scenario file. */
    String doc();

    /** Its unit, for example "TJS per month", "share", "probability per month", "months"; empty for none. */
    String unit() default "";

    /** The smallest legal value (inclusive unless {@link #minExclusive()}). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Whether {@link #min()} itself is excluded (the value must be more than it). */
    boolean minExclusive() default false;

    /** The largest legal value, inclusive. */
    double max() default Double.POSITIVE_INFINITY;

    /** The smallest value one would expect in use (NaN: not known); within the legal range. */
    double plausibleMin() default Double.NaN;

    /** The largest value one would expect in use (NaN: not known); within the legal range. */
    double plausibleMax() default Double.NaN;

    /** For a list: what its positions are (and so how long it is). */
    Index by() default Index.NONE;

    /** For a list of numbers: a rule on the whole list. */
    Total total() default Total.NONE;

    /**
     * Where the core default ({@code TajikistanDefaults}) comes from, one statement each: {@code data:KEY ...} (a
     * series of the project's copy of the figures, {@code data/}), {@code calibrated ...}, {@code assumption ...}, or
     * a published source. A statement that starts with a destination's label and a colon ({@code "Russia: data:..."})
     * is about that destination's default only. None: an assumption.
     */
    String[] source() default {};

    /**
     * For a {@link MonthlySeries}: whether it is a recorded input (an index or an exchange rate read month by month),
     * which a scenario file gives as one number or as every month from its first to its last, no month missing.
     */
    boolean recorded() default false;

    /** Whether the field may be null (its {@link #doc()} says what null means). */
    boolean optional() default false;

    /** For a shock's field: the neutral value used when a file leaves it out (NaN: the file must give it). */
    double whenOmitted() default Double.NaN;
}

package org.muhojir.core.param;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a type of a scenario means, in a sentence or two for the reader of a scenario file (each shock type has one):
 * shown in the scenario reference and the JSON Schema. Its fields say what they mean with {@link Param}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Doc {
    /** The sentence. */
    String value();
}

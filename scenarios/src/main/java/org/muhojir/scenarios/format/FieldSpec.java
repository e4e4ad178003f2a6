package org.muhojir.scenarios.format;

/**
 * One field of an object in a scenario file.
 *
 * @param name         the field's name (the core record component's name)
 * @param spec         its shape
 * @param doc          what it means, with its unit
 * @param implicit     whether the file never writes it (the destination of a destination's entry is its key)
 * @param defaultValue for a shock's field: the value used when it is left out (null when it must be given or,
 *                     for an optional destination, when leaving it out means "every destination")
 * @param optional     for a shock's field: whether it may be left out
 */
public record FieldSpec(String name, Spec spec, String doc, boolean implicit, Object defaultValue, boolean optional) {
}

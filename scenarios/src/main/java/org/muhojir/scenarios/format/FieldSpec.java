package org.muhojir.scenarios.format;

import org.muhojir.core.param.FieldInfo;

/**
 * One field of an object in a scenario file.
 *
 * @param name         the field's name (the core record component's name)
 * @param shape        its JSON shape
 * @param info         the core field it maps to, with its documentation, unit, range and sources
 * @param implicit     whether the file never writes it (the destination of a destination's entry is its key)
 * @param defaultValue for a shock's field: the value used when it is left out (null when it must be given or,
 *                     for an optional destination, when leaving it out means "every destination")
 * @param optional     for a shock's field: whether it may be left out
 */
public record FieldSpec(String name, JsonShape shape, FieldInfo info, boolean implicit, Object defaultValue,
                        boolean optional) {
    /** What the field means, with its unit and legal range in brackets: "Monthly wage ... (TJS per month, 0 or more)". */
    public String doc() {
        String unit = info.unit();
        String range = shape instanceof JsonShape.Number || shape instanceof JsonShape.Keyed
                || shape instanceof JsonShape.Numbers || shape instanceof JsonShape.Series ? info.rangeText() : "";
        String brackets = unit.isEmpty() ? range : range.isEmpty() ? unit : unit + ", " + range;
        String doc = info.doc();
        if (brackets.isEmpty()) {
            return doc;
        }
        return doc.endsWith(".") ? doc.substring(0, doc.length() - 1) + " (" + brackets + ")." : doc + " (" + brackets
                + ")";
    }
}

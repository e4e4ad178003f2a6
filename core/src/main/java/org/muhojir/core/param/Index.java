package org.muhojir.core.param;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/** What the positions of a list field are: regions, destinations, skills, calendar months, Russian levels or bands of months abroad. */
public enum Index {
    /** Not a list indexed by anything. */
    NONE(0, List.of(), ""),
    /** One value per {@link Region}, in ordinal order. */
    REGION(Region.COUNT, Arrays.stream(Region.values()).map(Region::label).toList(), "region"),
    /** One value per {@link Destination}, in ordinal order. */
    DESTINATION(Destination.COUNT, Arrays.stream(Destination.values()).map(Destination::label).toList(),
            "destination"),
    /** One value per {@link Skill}, in ordinal order. */
    SKILL(Skill.COUNT, Arrays.stream(Skill.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList(), "skill"),
    /** One value per calendar month, January first. */
    CALENDAR_MONTH(12, List.of(), "calendar month, January first"),
    /** One value per level of Russian: 0 (none), 1 (basic), 2 (conversational), 3 (fluent). */
    RUSSIAN_LEVEL(4, List.of(), "Russian level, 0 (none) to 3 (fluent)"),
    /** One value per band of months abroad: 1-3, 4-6, 7-12, 13 or more (the bands of the 2023 returnee survey). */
    SPELL_BAND(4, List.of(), "months abroad: 1-3, 4-6, 7-12, 13 or more");

    private final int length;
    private final List<String> keys;
    private final String what;

    Index(int length, List<String> keys, String what) {
        this.length = length;
        this.keys = keys;
        this.what = what;
    }

    /** How many values the list holds. */
    public int length() {
        return length;
    }

    /** The names of the positions (region labels, destination labels, skill names), or empty if unnamed. */
    public List<String> keys() {
        return keys;
    }

    /** What one position is, for messages ("region", "calendar month, January first"). */
    public String what() {
        return what;
    }
}

package org.muhojir.core.outcome;

import org.muhojir.core.world.Region;

/** Population groups that poverty is reported for: the nation, each region, urban and rural areas. */
public enum Group {
    /** Every person at home in Tajikistan. */
    NATIONAL("national"),
    /** Persons at home in Dushanbe ({@link Region#DUSHANBE}). */
    DUSHANBE("Dushanbe"),
    /** Persons at home in Sughd ({@link Region#SUGHD}). */
    SUGHD("Sughd"),
    /** Persons at home in Khatlon ({@link Region#KHATLON}). */
    KHATLON("Khatlon"),
    /** Persons at home in the Districts of Republican Subordination ({@link Region#DRS}). */
    DRS("DRS"),
    /** Persons at home in Gorno-Badakhshan ({@link Region#GBAO}). */
    GBAO("GBAO"),
    /** Persons at home in urban households, every region. */
    URBAN("urban"),
    /** Persons at home in rural households, every region. */
    RURAL("rural");

    /** Number of groups, for sizing arrays. */
    public static final int COUNT = values().length;

    private final String label;

    Group(String label) {
        this.label = label;
    }

    /** The group's name in reports and tidy tables, for example {@code "Sughd"} or {@code "national"}. */
    public String label() {
        return label;
    }

    /**
     * The group with this label (for example {@code "Sughd"} or {@code "urban"}).
     *
     * @throws IllegalArgumentException if no group has it
     */
    public static Group byLabel(String label) {
        for (Group g : values()) {
            if (g.label.equals(label)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no population group is called '" + label + "'");
    }

    /** The group of a region. */
    public static Group of(Region r) {
        return values()[1 + r.ordinal()];
    }

    /** Whether persons in {@code region} (a {@link Region} ordinal), urban or rural, belong to this group. */
    public boolean contains(int region, boolean urban) {
        return switch (this) {
            case NATIONAL -> true;
            case URBAN -> urban;
            case RURAL -> !urban;
            default -> ordinal() == 1 + region;
        };
    }
}

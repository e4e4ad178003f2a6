package org.muhojir.core.world;

/**
 * Tajikistan's five first-level regions, the origin side of the model.
 * The ordinal is used as an array index throughout; the order never changes.
 */
public enum Region {
    /** The capital, Dushanbe. */
    DUSHANBE("Dushanbe"),
    /** Sughd region, in the north. */
    SUGHD("Sughd"),
    /** Khatlon region, in the south-west. */
    KHATLON("Khatlon"),
    /** Districts of Republican Subordination. */
    DRS("DRS"),
    /** Gorno-Badakhshan Autonomous Region. */
    GBAO("GBAO");

    /** Number of regions, for sizing arrays. */
    public static final int COUNT = values().length;

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /** The name used in reports and scenario files (for example {@code "Khatlon"}). */
    public String label() {
        return label;
    }
}

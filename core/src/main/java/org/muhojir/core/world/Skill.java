package org.muhojir.core.world;

/** The skill of a household's prospective migrant, which sets wages abroad and access to skilled routes. */
public enum Skill {
    /** No vocational qualification: construction labour, services, agriculture. */
    NONE,
    /** A skilled trade wanted everywhere: welder, crane operator, plumber. */
    TRADE,
    /** Higher education. */
    HIGHER;

    /** Number of skill levels, for sizing arrays. */
    public static final int COUNT = values().length;
}

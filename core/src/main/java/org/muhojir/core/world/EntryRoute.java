package org.muhojir.core.world;

/** How a Tajik citizen may enter a destination to work. */
public enum EntryRoute {
    /** Enter without a visa; legal work needs a permit or patent bought on arrival (Russia, Kazakhstan). */
    VISA_FREE,
    /** A visa applied for before leaving; some applications are refused. */
    VISA,
    /** Places under an annual quota (South Korea's Employment Permit System, the UK's seasonal worker visa). */
    QUOTA,
    /** An employer must sponsor the worker (the Gulf's kafala-type systems). */
    SPONSORSHIP,
    /** A lottery with a small annual chance of winning (the USA's diversity visa). */
    LOTTERY,
    /** No legal way to enter for work. */
    CLOSED
}

package org.muhojir.scenarios.ensemble;

/** What each run of an ensemble sends back; each level includes the ones before it. */
public enum Detail {
    /** The ensemble's chosen moments only (a few numbers a run; for Sobol analyses). */
    MOMENTS,
    /** Also every catalogue metric's yearly value in every group (for parameter-uncertainty ensembles). */
    ANNUAL,
    /** Also every month's outcome (for the standard outputs: monthly.csv, summary, report). */
    MONTHLY
}

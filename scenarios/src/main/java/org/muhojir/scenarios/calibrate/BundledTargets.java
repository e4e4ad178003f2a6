package org.muhojir.scenarios.calibrate;

import java.util.List;
import org.muhojir.core.calibration.CalibrationSettings;
import org.muhojir.core.calibration.CalibrationTargets;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.FreeParameters;
import org.muhojir.core.calibration.Target;

/**
 * The targets files bundled in {@code scenarios/calibration/}, generated from the core's values: the targets of
 * {@link CalibrationTargets} (their one source), the free parameters and settings of the calibration runs that
 * {@code docs/calibration.md}, section 6, reports, and a description and note for the reader. A test fails when a
 * bundled file is not exactly {@link #text()} (it says how to regenerate the files). To change a target, change
 * {@link CalibrationTargets}; to calibrate against other targets, copy a bundled file and edit the copy.
 */
public enum BundledTargets {
    /** The 2023 calibration of the present-day baseline: the final run of section 6, the command's default. */
    PRESENT_2023("targets-2023.json", "The 2023 calibration of docs/calibration.md (the final run, section 6): the "
            + "present-day baseline fitted to Tajikistan's 2023 figures.",
            "Generated from the core model's CalibrationTargets.targets2023() (the targets) and the final 2023 run of "
            + "docs/calibration.md, section 6 (free parameters and settings); edit a copy. The two remittance "
            + "targets have weight 0: they are reported in the fit table but not fitted. With them fitted, the "
            + "search pushes remittanceShare and Russia's raid hazard to their bounds and the stock abroad far above "
            + "the departures, returns and households-with-migrant targets, because the model's Russian wages cannot "
            + "deliver WDI 2023 remittances with the observed stock (docs/calibration.md, section 6). For the same "
            + "reason behaviour.remittanceShare and Russia's raidHazardIrregular are not free: no fitted 2023 target "
            + "identifies them, so they stay at their assumptions (0.75 and 0.02).",
            "baseline", CalibrationTargets.targets2023(), present2023Parameters(), 20230101),
    /** The 2013 calibration of the 2013 baseline (section 6, "The 2013 calibration"). */
    HISTORY_2013("targets-2013.json", "The 2013 calibration of docs/calibration.md (section 6): the 2013 baseline "
            + "(baseline-2013) fitted to Tajikistan's figures of 2013, with the 2011 figures the file has for "
            + "departures, men's share of departures and returns where 2013 has none. Only the four values that "
            + "belong to 2013 are free; the present day's calibrated values are not refitted.",
            "Generated from the core model's CalibrationTargets.targets2013() and FreeParameters.history2013(); edit "
            + "a copy. The two poverty targets have weight 0: they are reported in the fit table but not fitted. The "
            + "2013 figures are the old national series on the 145 and 104 TJS lines the scenario uses; with 2013's "
            + "remittances reaching the households that the migrant stock implies, the model meets them only with "
            + "local incomes far below the data (docs/calibration.md, section 6). The free parameters are those of "
            + "FreeParameters.history2013() in the core (there restricted to the 2013 anchor with onlyFor, for joint "
            + "fits); in this file the anchor is the 2013 baseline alone, so they move only its values.",
            "baseline-2013", CalibrationTargets.targets2013(), FreeParameters.history2013(), 20130101);

    /**
     * The settings of both runs (docs/calibration.md, section 6): a 1% sample, 4 replications 2 at a time, 1,000
     * CMA-ES evaluations with optimiser seed 1; each run's master seed is the first day of its anchor's year.
     */
    private static TargetsFile.Settings settings(long seed) {
        return new TargetsFile.Settings(0.01, 4, 2, 1000, CalibrationSettings.Method.CMA_ES, seed, 1);
    }

    private final String fileName;
    private final TargetsFile file;
    private final String note;

    BundledTargets(String fileName, String description, String note, String anchor, List<Target> targets,
                   List<FreeParameter> parameters, long seed) {
        this.fileName = fileName;
        this.note = note;
        this.file = new TargetsFile(description, anchor, targets, parameters, settings(seed));
    }

    /** The file's name in {@code scenarios/calibration/} (and under {@code calibration/} in the jar). */
    public String fileName() {
        return fileName;
    }

    /** The file's content as values. */
    public TargetsFile file() {
        return file;
    }

    /** The file's text, exactly as bundled. */
    public String text() {
        return TargetsFileWriter.write(file, note);
    }

    /**
     * The free parameters of the final 2023 run: the defaults without behaviour.remittanceShare and Russia's
     * raidHazardIrregular, which no fitted 2023 target identifies (docs/calibration.md, section 6).
     */
    private static List<FreeParameter> present2023Parameters() {
        return FreeParameters.defaults().stream()
                .filter(p -> !p.name().equals("behaviour.remittanceShare") && !p.name().contains("raidHazardIrregular"))
                .toList();
    }
}

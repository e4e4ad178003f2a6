package org.muhojir.scenarios.calibrate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.FreeParameters;

/**
 * The free parameters a targets file or the command line may name: the core defaults
 * ({@link FreeParameters#defaults()}) by their names, plus a short name for the one whose core name has a space.
 */
public final class ParameterNames {
    /** Short name of {@code population.initialAbroadShare (mean over regions)}. */
    public static final String INITIAL_ABROAD_SHARE = "population.initialAbroadShare";

    private ParameterNames() {
    }

    /** Every accepted name, in the core's order, each with its parameter (short names after their long ones). */
    public static Map<String, FreeParameter> all() {
        Map<String, FreeParameter> m = new LinkedHashMap<>();
        for (FreeParameter p : FreeParameters.defaults()) {
            m.put(p.name(), p);
            if (p.name().startsWith(INITIAL_ABROAD_SHARE + " ")) {
                m.put(INITIAL_ABROAD_SHARE, p);
            }
        }
        return m;
    }
}

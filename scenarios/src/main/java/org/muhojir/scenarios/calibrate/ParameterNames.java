package org.muhojir.scenarios.calibrate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.FreeParameters;

/**
 * The free parameters a targets file or the command line may name: the core defaults
 * ({@link FreeParameters#defaults()}) by their names.
 */
public final class ParameterNames {
    private ParameterNames() {
    }

    /** Every accepted name, in the core's order, each with its parameter. */
    public static Map<String, FreeParameter> all() {
        Map<String, FreeParameter> m = new LinkedHashMap<>();
        for (FreeParameter p : FreeParameters.defaults()) {
            m.put(p.name(), p);
        }
        return m;
    }
}

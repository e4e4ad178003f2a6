package org.muhojir.core.policy;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in the shocks' descriptions, as people write them. */
final class Shown {
    private Shown() {
    }

    /**
     * {@code v} to three significant digits without trailing zeros: 2, 1.5, 0.72, 0.003, 0.188 for a lever's
     * 0.18762..., 20000 for a fee of 20,000.
     */
    static String number(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}

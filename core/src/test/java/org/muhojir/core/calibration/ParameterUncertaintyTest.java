package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterUncertaintyTest {
    private static final List<String> TWO = List.of("behaviour.considerRate", "behaviour.returnHazard");

    @Test
    void standardErrorsAndCorrelationsComeFromTheCovariance() {
        // variances 0.0004 and 0.0009 (standard errors 0.02 and 0.03), covariance 0.0003: correlation 0.5
        ParameterUncertainty u = ParameterUncertainty.of(TWO, new double[] {0.05, 0.07},
                new double[][] {{0.0004, 0.0003}, {0.0003, 0.0009}}, "test");
        assertEquals(0.02, u.standardError(0), 1e-12);
        assertEquals(0.03, u.standardError(1), 1e-12);
        assertEquals(0.5, u.correlation(0, 1), 1e-12);
    }

    @Test
    void aMatrixThatIsNoCovarianceIsRefusedWithTheReason() {
        double[] e = {0.05, 0.07};
        String asymmetric = assertThrows(IllegalArgumentException.class, () -> ParameterUncertainty.of(TWO, e,
                new double[][] {{1, 0.2}, {0.3, 1}}, "")).getMessage();
        assertTrue(asymmetric.contains("not symmetric"), asymmetric);
        // correlation 2: the combination (1, -1) would have variance 1 + 1 - 4 = -2
        String indefinite = assertThrows(IllegalArgumentException.class, () -> ParameterUncertainty.of(TWO, e,
                new double[][] {{1, 2}, {2, 1}}, "")).getMessage();
        assertTrue(indefinite.contains("not positive semi-definite"), indefinite);
        String shape = assertThrows(IllegalArgumentException.class, () -> ParameterUncertainty.of(TWO, e,
                new double[][] {{1}}, "")).getMessage();
        assertTrue(shape.contains("2 covariance rows"), shape);
        assertThrows(IllegalArgumentException.class, () -> ParameterUncertainty.of(
                List.of("behaviour.considerRate", "behaviour.considerRate"), e, new double[][] {{1, 0}, {0, 1}}, ""));
    }

    @Test
    void aParameterKnownExactlyIsAllowed() {
        ParameterUncertainty u = ParameterUncertainty.of(TWO, new double[] {0.05, 0.07},
                new double[][] {{0.0004, 0}, {0, 0}}, "");
        assertEquals(0, u.standardError(1));
    }
}

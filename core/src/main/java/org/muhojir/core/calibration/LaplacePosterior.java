package org.muhojir.core.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * What a calibration's targets say about its parameters: a Gaussian (Laplace) approximation of the posterior of the
 * free parameters around the calibrated values, the parameter-uncertainty half of a calibration (the other half,
 * Monte Carlo noise, is in every fit table's intervals).
 *
 * <p>The model's moments are linearised around the calibrated values {@code θ} by central finite differences with
 * common random numbers: {@code e(θ + δ) ≈ e(θ) + G δ}, where {@code e} are the fitted targets' relative errors
 * {@code (simulated - observed) / |observed|} and {@code G} their Jacobian. Each fitted target (weight more than 0)
 * is evidence with an error of covariance {@code Ω = D + S / R}: {@code D} diagonal, each target's tolerance read as
 * the 95% half-width of the observed figure's own error (standard deviation {@code tolerance / 1.96}, an
 * assumption: the targets' sources give no standard errors) divided by the square root of its weight, and
 * {@code S / R} the Monte Carlo covariance of the mean of {@code R} replications. Where the calibrated values miss
 * the targets by more than {@code Ω} allows, {@code Ω} is scaled by the misfit's dispersion {@code φ}
 * ({@link #dispersion}). The prior is uniform over each parameter's bounds, approximated by the normal of the same
 * variance ({@code (upper - lower)² / 12}). The posterior covariance is then
 * {@code V = (G' Ω⁻¹ G / φ + Π)⁻¹}, {@code Π} the prior's precision. A parameter the targets do not move keeps its
 * prior spread: the approximation never claims knowledge the targets do not give, and {@link #identified(int)}
 * says how much each parameter was learnt.
 *
 * <p>Cost: {@code 1 + 2p} evaluations of the calibration's anchors ({@code p} free parameters), each with the
 * calibration's replications.
 *
 * @param uncertainty the estimates and their posterior covariance
 * @param priorSd     the prior standard deviation of each parameter, in its unit, in the parameters' order
 * @param targets     the ids of the targets used as evidence (those with weight more than 0)
 */
public record LaplacePosterior(ParameterUncertainty uncertainty, List<Double> priorSd, List<String> targets) {
    /** The default finite-difference step: 5% of each parameter's range on each side. */
    public static final double DEFAULT_STEP_SHARE = 0.05;
    /** The quantile of the standard normal that bounds a two-sided 95% interval. */
    private static final double Z95 = 1.959963984540054;

    /**
     * Copies the lists.
     */
    public LaplacePosterior {
        priorSd = List.copyOf(priorSd);
        targets = List.copyOf(targets);
    }

    /**
     * The posterior around {@code at} (the calibrated values, in the parameters' order and units).
     *
     * @param stepShare  the finite-difference step on each side, as a share of each parameter's range (0..0.5)
     * @param evaluation hears the number of each evaluation made (1 to {@code 1 + 2p}), for progress
     * @throws IllegalArgumentException if no target has a weight, or the step is out of range
     */
    public static LaplacePosterior estimate(Calibrator calibrator, double[] at, double stepShare,
                                            IntConsumer evaluation) {
        return estimate(calibrator.parameters(), calibrator::evaluate, at, stepShare, evaluation);
    }

    /**
     * The posterior around {@code at} of a model given as a function from parameter values to the fit of its
     * targets (for a calibration, {@link Calibrator#evaluate}).
     *
     * @param parameters the free parameters, in the order of the values
     * @param model      the fit of every target at a point (the same targets in the same order at every point)
     */
    public static LaplacePosterior estimate(List<FreeParameter> parameters, Function<double[], Evaluation> model,
                                            double[] at, double stepShare, IntConsumer evaluation) {
        if (!(stepShare > 0 && stepShare <= 0.5)) {
            throw new IllegalArgumentException("the step must be more than 0 and at most 0.5 of a parameter's range, "
                    + "was " + stepShare);
        }
        Evaluation centre = model.apply(at.clone());
        evaluation.accept(1);
        List<TargetFit> fits = weighted(centre.fits());
        RealMatrix g = jacobian(parameters, model, at, stepShare, fits.size(), evaluation);
        RealMatrix omegaInverse = MatrixUtils.inverse(evidenceCovariance(fits));
        double dispersion = dispersion(fits, omegaInverse, parameters.size());
        RealMatrix precision = g.transpose().multiply(omegaInverse).multiply(g).scalarMultiply(1 / dispersion);
        List<Double> priorSd = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
            double sd = (parameters.get(j).upper() - parameters.get(j).lower()) / Math.sqrt(12);
            priorSd.add(sd);
            precision.addToEntry(j, j, 1 / (sd * sd));
        }
        RealMatrix v = symmetric(new LUDecomposition(precision).getSolver().getInverse());
        List<String> names = parameters.stream().map(FreeParameter::name).toList();
        String method = "Laplace approximation of the posterior around the calibrated values: " + fits.size()
                + " fitted targets as evidence (tolerances read as 95% intervals of the observed figures, divided by "
                + "the square root of each target's weight), Monte Carlo noise of "
                + centre.fits().get(0).replications().size() + " replications, the evidence's covariance scaled by "
                + "the misfit's dispersion " + String.format(Locale.ROOT, "%.3g", dispersion)
                + " (chi-squared over its degrees of freedom, at least 1), uniform priors over the parameters' "
                + "bounds; Jacobian by central differences of " + stepShare + " of each range";
        return new LaplacePosterior(ParameterUncertainty.of(names, at, v.getData(), method), priorSd,
                fits.stream().map(f -> f.target().id()).toList());
    }

    /** The share (0..1) of parameter {@code i}'s prior variance that the targets removed: 0 = not identified. */
    public double identified(int i) {
        double post = uncertainty.standardError(i);
        double prior = priorSd.get(i);
        return 1 - (post * post) / (prior * prior);
    }

    private static List<TargetFit> weighted(List<TargetFit> fits) {
        List<TargetFit> w = fits.stream().filter(f -> f.target().weight() > 0).toList();
        if (w.isEmpty()) {
            throw new IllegalArgumentException("no target has a weight more than 0: there is no evidence to learn "
                    + "the parameters from");
        }
        return w;
    }

    /** Central differences of the fitted targets' relative errors: rows targets, columns parameters. */
    private static RealMatrix jacobian(List<FreeParameter> parameters, Function<double[], Evaluation> model,
                                       double[] at, double stepShare, int targets, IntConsumer evaluation) {
        RealMatrix g = new Array2DRowRealMatrix(targets, parameters.size());
        int made = 1;
        for (int j = 0; j < parameters.size(); j++) {
            FreeParameter p = parameters.get(j);
            double h = stepShare * (p.upper() - p.lower());
            double[] up = at.clone();
            double[] down = at.clone();
            up[j] = Math.min(p.upper(), at[j] + h);
            down[j] = Math.max(p.lower(), at[j] - h);
            double[] eUp = relativeErrors(weighted(model.apply(up).fits()));
            evaluation.accept(++made);
            double[] eDown = relativeErrors(weighted(model.apply(down).fits()));
            evaluation.accept(++made);
            for (int i = 0; i < targets; i++) {
                g.setEntry(i, j, (eUp[i] - eDown[i]) / (up[j] - down[j]));
            }
        }
        return g;
    }

    private static double[] relativeErrors(List<TargetFit> fits) {
        return fits.stream().mapToDouble(TargetFit::relativeError).toArray();
    }

    /**
     * How much worse the calibrated values fit than the evidence's errors allow: the misfit's chi-squared
     * {@code e' Ω⁻¹ e} over its degrees of freedom (targets less parameters), at least 1; 1 when there are no more
     * targets than parameters. The evidence's covariance is multiplied by it (the quasi-likelihood correction for
     * overdispersion, McCullagh and Nelder, 1989, section 4.5): a model that misses its targets by more than their
     * tolerances does not learn its parameters as precisely as the tolerances alone would say.
     */
    static double dispersion(List<TargetFit> fits, RealMatrix omegaInverse, int parameters) {
        int freedom = fits.size() - parameters;
        if (freedom <= 0) {
            return 1;
        }
        double[] e = relativeErrors(fits);
        double chiSquared = 0;
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e.length; j++) {
                chiSquared += e[i] * omegaInverse.getEntry(i, j) * e[j];
            }
        }
        return Math.max(1, chiSquared / freedom);
    }

    /**
     * {@code D + S / R}: the observed figures' errors and the Monte Carlo noise of the simulated means. A figure's
     * error is its tolerance read as a 95% half-width, divided by the square root of its weight, as the calibration's
     * objective weighs it (a figure of weight 0.5, a second series of one flow or an approximate figure, is half the
     * evidence of one of weight 1).
     */
    static RealMatrix evidenceCovariance(List<TargetFit> fits) {
        int k = fits.size();
        RealMatrix omega = new Array2DRowRealMatrix(k, k);
        for (int i = 0; i < k; i++) {
            Target t = fits.get(i).target();
            double sd = t.tolerance() / Z95 / Math.abs(t.value());
            omega.setEntry(i, i, sd * sd / t.weight());
        }
        int r = fits.get(0).replications().size();
        if (r < 2) {
            return omega;
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double c = covariance(fits.get(i), fits.get(j)) / r;
                omega.addToEntry(i, j, c);
            }
        }
        return omega;
    }

    /** The covariance across replications of two targets' relative errors (n - 1 in the denominator). */
    private static double covariance(TargetFit a, TargetFit b) {
        int r = a.replications().size();
        double ma = a.mean();
        double mb = b.mean();
        double sum = 0;
        for (int k = 0; k < r; k++) {
            sum += (a.replications().get(k) - ma) * (b.replications().get(k) - mb);
        }
        return sum / (r - 1) / (Math.abs(a.target().value()) * Math.abs(b.target().value()));
    }

    private static RealMatrix symmetric(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}

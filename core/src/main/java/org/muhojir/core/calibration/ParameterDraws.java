package org.muhojir.core.calibration;

import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.muhojir.core.replication.ScenarioVariation;
import org.muhojir.core.scenario.Scenario;

/**
 * Runs each replication of a scenario at its own draw of the calibrated parameters, so that the spread of results
 * across replications says what is not known about the model's parameters as well as its Monte Carlo noise.
 *
 * <p>Draw k is a normal vector {@code δ ~ N(0, V)} ({@code V} the uncertainty's covariance), a function of the seed
 * and k only: replication k of a baseline and of a policy run at the same parameters, and results do not depend on
 * thread counts. Each parameter of the scenario moves by its {@code δ}: a scenario that changed a parameter (a 2013
 * start, an analyst's edit) keeps its change and gains the uncertainty. A draw that takes a parameter outside its
 * bounds is drawn again (the normal truncated to the bounds), up to {@value #MAX_ATTEMPTS} times.
 */
public final class ParameterDraws implements ScenarioVariation {
    private static final long serialVersionUID = 1L;
    /** The most draws tried for one replication before giving up (the bounds hold almost none of the mass). */
    static final int MAX_ATTEMPTS = 1_000;
    /** Keeps these draws apart from any other Well19937c seeded with the run's seed. */
    private static final int DRAW_PURPOSE = 0x50415244; // "PARD"

    private final ParameterUncertainty uncertainty;
    private final List<FreeParameter> parameters;
    private final long seed;
    private final double[][] root;

    /**
     * @param uncertainty the estimates and covariance
     * @param parameters  the free parameters named in {@code uncertainty}, in its order (their bounds and setters)
     * @param seed        the run's seed
     * @throws IllegalArgumentException if the parameters do not match the uncertainty's names
     */
    public ParameterDraws(ParameterUncertainty uncertainty, List<FreeParameter> parameters, long seed) {
        this.uncertainty = uncertainty;
        this.parameters = List.copyOf(parameters);
        this.seed = seed;
        List<String> names = this.parameters.stream().map(FreeParameter::name).toList();
        if (!names.equals(uncertainty.names())) {
            throw new IllegalArgumentException("parameter draws: the free parameters " + names + " do not match "
                    + "the uncertainty's " + uncertainty.names());
        }
        this.root = squareRoot(uncertainty.covarianceMatrix());
    }

    /** The default free parameters ({@link FreeParameters#byName}) named in {@code uncertainty}. */
    public static ParameterDraws of(ParameterUncertainty uncertainty, long seed) {
        return new ParameterDraws(uncertainty,
                uncertainty.names().stream().map(FreeParameters::byName).toList(), seed);
    }

    /** The uncertainty the draws come from. */
    public ParameterUncertainty uncertainty() {
        return uncertainty;
    }

    @Override
    public Scenario forReplication(Scenario scenario, int replication) {
        double[] base = new double[parameters.size()];
        for (int i = 0; i < base.length; i++) {
            base[i] = parameters.get(i).valueIn(scenario);
        }
        try {
            return applied(scenario, values(base, replication));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter draws for '" + scenario.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The values draw {@code replication} gives parameters whose values are {@code centre} (in the uncertainty's
     * order and units): {@code centre + δ}, {@code δ ~ N(0, V)} redrawn until every value is within its bounds. A
     * function of the seed, {@code replication} and {@code centre} only.
     *
     * @throws IllegalArgumentException if a centre value is outside its bounds, or no draw falls within them in
     *                                  {@value #MAX_ATTEMPTS} tries
     */
    public double[] values(double[] centre, int replication) {
        for (int i = 0; i < centre.length; i++) {
            FreeParameter p = parameters.get(i);
            if (!(centre[i] >= p.lower() && centre[i] <= p.upper())) {
                throw new IllegalArgumentException(p.name() + " is " + centre[i] + ", outside the bounds "
                        + p.lower() + " to " + p.upper() + " that its uncertainty was estimated within");
            }
        }
        Well19937c random = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), replication, DRAW_PURPOSE});
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            double[] values = shifted(centre, deviation(random));
            if (values != null) {
                return values;
            }
        }
        throw new IllegalArgumentException("no draw of " + uncertainty.names() + " within their bounds in "
                + MAX_ATTEMPTS + " tries for replication " + replication + " (the values lie near a bound and the "
                + "uncertainty is wide)");
    }

    /** One deviation {@code root · z}, {@code z} standard normal. */
    double[] deviation(Well19937c random) {
        int n = root.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i] += root[i][j] * z[j];
            }
        }
        return d;
    }

    /** {@code base + d}, or null if a value leaves its parameter's bounds. */
    private double[] shifted(double[] base, double[] d) {
        double[] v = new double[base.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = base[i] + d[i];
            FreeParameter p = parameters.get(i);
            if (!(v[i] >= p.lower() && v[i] <= p.upper())) {
                return null;
            }
        }
        return v;
    }

    private Scenario applied(Scenario scenario, double[] values) {
        Scenario s = scenario;
        for (int i = 0; i < values.length; i++) {
            s = parameters.get(i).apply(s, values[i]);
        }
        return s;
    }

    /**
     * A matrix {@code R} with {@code R R' = C}: {@code Q √Λ} from the eigen-decomposition, which also serves a
     * semi-definite covariance (a parameter known exactly), where a Cholesky factor would not.
     */
    private static double[][] squareRoot(RealMatrix c) {
        EigenDecomposition e = new EigenDecomposition(c);
        int n = c.getRowDimension();
        double[][] r = new double[n][n];
        for (int k = 0; k < n; k++) {
            double scale = Math.sqrt(Math.max(0, e.getRealEigenvalue(k)));
            for (int i = 0; i < n; i++) {
                r[i][k] = e.getEigenvector(k).getEntry(i) * scale;
            }
        }
        return r;
    }
}

package org.muhojir.core.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.muhojir.core.scenario.Scenario;

/**
 * The state of a model at its first reported month, after its warm-up and history, kept so that other scenarios with
 * the same months before their start (the same {@link PreStart}: a baseline and its policies) run from it instead of
 * simulating those months again. A run from it gives exactly the results of a fresh run of the other scenario with
 * the model's options (seed, replication, rules), because the state is the one that run would reach. The state is
 * held as the model's serialised form (as a MASON checkpoint holds it), about 135 bytes a household.
 */
public final class ModelAtStart {
    private final PreStart preStart;
    private final byte[] state;

    private ModelAtStart(PreStart preStart, byte[] state) {
        this.preStart = preStart;
        this.state = state;
    }

    /**
     * The state of {@code model}, which must be started ({@link MuhojirModel#start()}) and not yet stepped, with no
     * shock added and no observer (observers are not kept).
     *
     * @throws IllegalStateException if the model is not at its first reported month
     */
    public static ModelAtStart of(MuhojirModel model) {
        if (!model.atFirstReportedMonth()) {
            throw new IllegalStateException("the model must be started and not yet stepped, with no shock added");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the model's state", e);
        }
        return new ModelAtStart(PreStart.of(model.scenario()), bytes.toByteArray());
    }

    /**
     * A name for the state that a run of {@code scenario} with {@code options} reaches at its first reported month,
     * for keeping it between programs (a {@code StartStore}): the SHA-256, in hexadecimal, of everything that
     * decides that state in this version of the model: the scenario's {@link PreStart}, the seed, the replication
     * and the rules (not the threads: the results do not depend on them). Scenarios that share their months before
     * the start ({@link #shareMonthsBeforeStart}) share it under the same options. It does not name the model's
     * code: a store kept across versions of the program must add that.
     *
     * @throws UncheckedIOException if the options' rules cannot be serialised (an embedding program's own rule)
     */
    public static String keyOf(Scenario scenario, RunOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(PreStart.of(scenario));
            out.writeLong(options.seed());
            out.writeInt(options.replication());
            out.writeObject(options.rules());
        } catch (IOException e) {
            throw new UncheckedIOException("the run's options cannot name a state: " + e.getMessage(), e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Writes the state (the model's serialised form, nothing else) to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(state);
    }

    /**
     * A state written by {@link #writeTo}, read back as the state of a run of {@code scenario}: the caller vouches
     * that it is (by its {@link #keyOf}). The model is restored only when a run starts from it ({@link #runAs}).
     */
    public static ModelAtStart readFrom(InputStream in, Scenario scenario) throws IOException {
        return new ModelAtStart(PreStart.of(scenario), in.readAllBytes());
    }

    /** Whether {@code scenario} has the same months before its start as the model this state is of. */
    public boolean sharedBy(Scenario scenario) {
        return preStart.equals(PreStart.of(scenario));
    }

    /**
     * Whether runs of {@code a} and {@code b} with the same options simulate the same months before their first
     * reported month, so that one may run from the other's state there: they differ in nothing but their name,
     * description, length and the shocks that start with their first reported month or later.
     */
    public static boolean shareMonthsBeforeStart(Scenario a, Scenario b) {
        return PreStart.of(a).equals(PreStart.of(b));
    }

    /**
     * A new model of {@code scenario} at its first reported month, from this state: stepping it gives what a fresh run
     * of {@code scenario} with the same options gives.
     *
     * @throws IllegalArgumentException if {@code scenario}'s months before its start differ from this state's
     *                                  ({@link #sharedBy})
     */
    public MuhojirModel runAs(Scenario scenario) {
        MuhojirModel copy = restored(scenario);
        copy.continueAs(scenario, copy.options().threads());
        return copy;
    }

    /**
     * As {@link #runAs(Scenario)}, the model stepping its households on {@code threads} threads instead of those of
     * the run the state is of (the results do not depend on them).
     */
    public MuhojirModel runAs(Scenario scenario, int threads) {
        MuhojirModel copy = restored(scenario);
        copy.continueAs(scenario, threads);
        return copy;
    }

    /** The model this state is of, restored, once {@code scenario} is known to share its months before the start. */
    private MuhojirModel restored(Scenario scenario) {
        if (!sharedBy(scenario)) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " does not share the months before its "
                    + "start with this state's: it differs in more than its name, description, length or the shocks "
                    + "from its first reported month on");
        }
        MuhojirModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
            copy = (MuhojirModel) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("could not restore the model's state", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("could not restore the model's state", e);
        }
        return copy;
    }
}

package org.muhojir.gui.lever;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Problems;

/**
 * A {@link LeverTarget} for a running {@link MuhojirModel}: checks each shock (valid, not in the past), records it
 * and passes it through a {@link ShockHook}. Thread-safe: Swing adds shocks while the model's thread reads them.
 */
public final class ModelLeverTarget implements LeverTarget {
    private final MuhojirModel model;
    private final ShockHook hook;
    private final List<ScheduledShock> added = new ArrayList<>();

    public ModelLeverTarget(MuhojirModel model, ShockHook hook) {
        this.model = model;
        this.hook = hook;
    }

    @Override
    public YearMonth nextMonth() {
        return model.scenario().start().plusMonths(model.outcomes().size());
    }

    @Override
    public synchronized void addShock(ScheduledShock shock) {
        Problems p = new Problems();
        if (p.present("shock", shock)) {
            shock.validate(p, "shock");
        }
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", p.messages()));
        }
        YearMonth next = nextMonth();
        if (shock.start().isBefore(next)) {
            throw new IllegalArgumentException("a shock added while the model runs must start in " + next
                    + " or later (the months before are simulated), was " + shock.start());
        }
        hook.add(shock);
        added.add(shock);
    }

    @Override
    public synchronized List<ScheduledShock> added() {
        return List.copyOf(added);
    }

    @Override
    public boolean reachesModel() {
        return hook != ShockHook.NOT_WIRED;
    }
}

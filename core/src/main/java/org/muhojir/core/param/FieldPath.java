package org.muhojir.core.param;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a scenario, step by step from the top: {@code destinations[Russia].entry.examPassRate},
 * {@code population.urbanShare[2]}, {@code shocks[0].start}. Typed so that a reader (the file loader) can follow it
 * without parsing text.
 *
 * @param steps the steps from the top, in order
 */
public record FieldPath(List<Step> steps) implements Serializable {
    /** The top of the scenario. */
    public static final FieldPath ROOT = new FieldPath(List.of());

    /** Copies {@code steps} (NullPointerException if it or a step is null). */
    public FieldPath {
        steps = List.copyOf(steps);
    }

    /** One step down. */
    public sealed interface Step extends Serializable permits Field, Item, Key {
    }

    /**
     * A named field of a record.
     *
     * @param name the record component's name
     */
    public record Field(String name) implements Step {
    }

    /**
     * A position in a list.
     *
     * @param index the position, 0 for the first
     */
    public record Item(int index) implements Step {
    }

    /**
     * An entry of a list keyed by name (a destination by its label).
     *
     * @param key the name
     */
    public record Key(String key) implements Step {
    }

    /** The path of a top-level field. */
    public static FieldPath of(String field) {
        return ROOT.field(field);
    }

    /** This path and then field {@code name}. */
    public FieldPath field(String name) {
        return plus(new Field(name));
    }

    /** This path and then position {@code i}. */
    public FieldPath item(int i) {
        return plus(new Item(i));
    }

    /** This path and then the entry named {@code key}. */
    public FieldPath key(String key) {
        return plus(new Key(key));
    }

    private FieldPath plus(Step s) {
        List<Step> more = new ArrayList<>(steps);
        more.add(s);
        return new FieldPath(more);
    }

    /** As written in messages: {@code destinations[Russia].entry.examPassRate}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Field f) {
                b.append(b.length() == 0 ? "" : ".").append(f.name());
            } else if (s instanceof Item i) {
                b.append('[').append(i.index()).append(']');
            } else {
                b.append('[').append(((Key) s).key()).append(']');
            }
        }
        return b.toString();
    }
}

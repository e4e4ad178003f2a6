package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.event.ModelObserver;

/** An observer that keeps every event it receives, in order. */
final class EventLog implements ModelObserver {
    final List<ModelEvent> events = new ArrayList<>();

    @Override
    public void onEvent(ModelEvent event) {
        events.add(event);
    }

    /** The events of one calendar month, in order. */
    List<ModelEvent> in(java.time.YearMonth month) {
        return events.stream().filter(e -> e.month().equals(month)).toList();
    }

    /** The events of one type, in order. */
    <T extends ModelEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Asserts two event streams are equal, naming the first event that differs (streams are long to print). */
    static void assertSameStream(List<ModelEvent> expected, List<ModelEvent> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail("events differ first at #" + i + ": expected " + expected.get(i) + " but was " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), "number of events");
    }
}

package org.muhojir.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.Scenario;

/** Every field of every scenario record declares its metadata, and the declarations are consistent. */
class FieldInfoTest {
    /** The scenario's record types and every record type they hold, including each shock type. */
    static Set<Class<? extends Record>> recordTypes() {
        Set<Class<? extends Record>> out = new LinkedHashSet<>();
        collect(Scenario.class, out);
        collect(ScheduledShock.class, out);
        for (Class<?> c : Shock.class.getPermittedSubclasses()) {
            collect(c, out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Class<?> type, Set<Class<? extends Record>> out) {
        if (!type.isRecord() || !out.add((Class<? extends Record>) type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            collect(c.getType(), out);
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> e) {
                collect(e, out);
            }
        }
    }

    @Test
    void everyFieldOfEveryScenarioRecordHasItsMetadata() {
        Set<Class<? extends Record>> types = recordTypes();
        assertTrue(types.size() >= 24, "records found: " + types);
        List<String> undocumented = new ArrayList<>();
        for (Class<? extends Record> t : types) {
            for (RecordComponent c : t.getRecordComponents()) {
                Param p = c.getAnnotation(Param.class);
                if (p == null || p.doc().isBlank() || !p.doc().endsWith(".")) {
                    undocumented.add(t.getSimpleName() + "." + c.getName());
                }
            }
        }
        assertEquals(List.of(), undocumented, "fields without a @Param sentence");
    }

    @Test
    void plausibleRangesLieWithinTheLegalRanges() {
        for (Class<? extends Record> t : recordTypes()) {
            for (FieldInfo f : FieldInfo.of(t)) {
                double[] r = f.plausibleRange();
                assertTrue(r[0] <= r[1], f.key());
                if (f.hasPlausibleRange()) {
                    assertTrue(r[0] >= f.min() && r[1] <= f.max(), f.key() + " plausible " + r[0] + ".." + r[1]
                            + " outside the legal " + f.rangeText());
                }
            }
        }
    }

    @Test
    void numbersOutsideTheDeclaredRangeAreRefusedWithTheRangeInWords() {
        FieldInfo raids = FieldInfo.of(org.muhojir.core.policy.RaidWave.class, "raidMultiplier");
        assertTrue(raids.allows(1000));
        assertFalse(raids.allows(1000.5));
        assertFalse(raids.allows(Double.NaN));
        Problems p = new Problems();
        raids.check(-2, p, FieldPath.of("x"));
        assertEquals("x: must be between 0 and 1000, was -2", p.list().get(0).toString());
        FieldInfo sample = FieldInfo.of(org.muhojir.core.scenario.PopulationSpec.class, "sampleFraction");
        assertEquals("more than 0, at most 1", sample.rangeText());
        assertFalse(sample.allows(0));
    }

    @Test
    void aSourceScopedToADestinationAppliesToThatDestinationOnly() {
        FieldInfo travel = FieldInfo.of(org.muhojir.core.scenario.DestinationSpec.Costs.class, "travelUsd");
        assertEquals(Source.Kind.DATA, travel.sourcesFor("Russia").get(0).kind());
        assertEquals(List.of("air_ticket_cost"), travel.sourcesFor("Russia").get(0).dataKeys());
        assertEquals(Source.Kind.ASSUMPTION, travel.sourcesFor("Turkey").get(0).kind());
    }
}

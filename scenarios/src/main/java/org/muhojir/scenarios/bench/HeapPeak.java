package org.muhojir.scenarios.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's high-water mark, from the JVM's memory pool MXBeans: {@link #start()} collects garbage and resets
 * each heap pool's peak; {@link #peakBytes()} then sums the pools' peaks. The pools (eden, survivor, old) peak at
 * different moments, so the sum is an upper bound of the heap occupied at any one moment, garbage included: it says
 * what the JVM took, which depends on the collector and on how much room {@code -Xmx} leaves it, not only on what
 * the program needs (see {@link #liveBytes()}).
 */
final class HeapPeak {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /** Collects garbage, then forgets every peak so far. */
    void start() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peak usage since {@link #start()}, bytes. */
    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
            sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Heap in use just after a garbage collection: what the objects still reachable occupy, bytes. */
    static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

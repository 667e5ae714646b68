package org.lagebild.entities.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the current thread in nanoseconds (wall time where the JVM cannot tell), so speed
 * figures mean "per core" even on a loaded machine. Used by evaluations only, never by stages.
 */
public final class CpuClock {
    private static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    public static long now() {
        if (BEAN.isCurrentThreadCpuTimeSupported()) {
            return BEAN.getCurrentThreadCpuTime();
        }
        return System.nanoTime();
    }
}

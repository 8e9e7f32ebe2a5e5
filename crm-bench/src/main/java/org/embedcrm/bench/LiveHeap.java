package org.embedcrm.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap an action kept alive: after each garbage collection while it runs, the heap still in use (all pools
 * summed) is what the program holds, garbage aside; the largest of these is its peak live heap. Sampling the heap in
 * use instead would count garbage the collector had not reached yet.
 */
final class LiveHeap implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    private LiveHeap() {
    }

    /** @return a watch over every collector, from now until {@link #close()} */
    static LiveHeap watch() {
        LiveHeap heap = new LiveHeap();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(heap.listener, null, null);
                heap.emitters.add(emitter);
            }
        }
        return heap;
    }

    /** @return the most bytes in use after a collection so far */
    long peak() {
        return peak.get();
    }

    /** @return the collections seen so far */
    int collections() {
        return collections.get();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        collections.incrementAndGet();
        peak.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

package com.skillgap.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap and CPU use over time: used heap and the process's CPU time sampled every 10 ms, and the heap left after each
 * garbage collection (the live set), all time-stamped so that each stage's peak and CPU use can be read for its window.
 */
final class HeapAndCpuSampler implements AutoCloseable {

	private static final long PERIOD_MS = 10;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final Series used = new Series();

	private final Series afterGc = new Series();

	private final Series cpu = new Series();

	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final NotificationListener gcListener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long live = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter(pool -> this.heapPools.contains(pool.getKey()))
				.map(java.util.Map.Entry::getValue)
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			this.afterGc.add(System.currentTimeMillis(), live);
		}
	};

	private final Thread thread;

	private volatile boolean running = true;

	HeapAndCpuSampler() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener(this.gcListener, null, null);
		}
		this.thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
			while (this.running) {
				long now = System.currentTimeMillis();
				this.used.add(now, this.memory.getHeapMemoryUsage().getUsed());
				this.cpu.add(now, this.os.getProcessCpuTime());
				try {
					Thread.sleep(PERIOD_MS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	/** The most heap used between two instants (epoch milliseconds), sampled. */
	long peakUsed(long from, long to) {
		return this.used.max(from, to);
	}

	/** The most heap left after a collection between two instants; 0 when none ran. */
	long peakAfterGc(long from, long to) {
		return this.afterGc.max(from, to);
	}

	/** The process's CPU time between two instants divided by the time between them: how many cores were busy. */
	double coresBusy(long from, long to) {
		long[] first = this.cpu.first(from, to);
		long[] last = this.cpu.last(from, to);
		if (first == null || last[0] <= first[0]) {
			return 0;
		}
		return (last[1] - first[1]) / 1e6 / (last[0] - first[0]);
	}

	@Override
	public void close() throws Exception {
		this.running = false;
		this.thread.interrupt();
		this.thread.join();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).removeNotificationListener(this.gcListener);
		}
	}

	/** Time-stamped values, appended by one thread, read by another. */
	private static final class Series {

		private long[] times = new long[1 << 16];

		private long[] values = new long[1 << 16];

		private int size;

		synchronized void add(long time, long value) {
			if (this.size == this.times.length) {
				this.times = Arrays.copyOf(this.times, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.times[this.size] = time;
			this.values[this.size++] = value;
		}

		synchronized long[] first(long from, long to) {
			for (int i = 0; i < this.size; i++) {
				if (this.times[i] >= from && this.times[i] <= to) {
					return new long[] { this.times[i], this.values[i] };
				}
			}
			return null;
		}

		synchronized long[] last(long from, long to) {
			for (int i = this.size - 1; i >= 0; i--) {
				if (this.times[i] >= from && this.times[i] <= to) {
					return new long[] { this.times[i], this.values[i] };
				}
			}
			return null;
		}

		synchronized long max(long from, long to) {
			long max = 0;
			for (int i = 0; i < this.size; i++) {
				if (this.times[i] >= from && this.times[i] <= to) {
					max = Math.max(max, this.values[i]);
				}
			}
			return max;
		}

	}

	static List<String> gcNames() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList();
	}

}

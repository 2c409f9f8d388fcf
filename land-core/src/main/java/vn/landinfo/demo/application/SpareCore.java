package vn.landinfo.demo.application;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import vn.landinfo.demo.model.IndependentLoop;

/**
 * The core the database writer leaves idle while it waits for geometry. The load runs one layout thread and one
 * writer on a two-core machine; while the writer is busy its database backend needs a core of its own (the writes
 * are the longer chain), but while it waits for the next commune that core would idle. A helper thread then
 * first asks for a whole job of its own ({@code spareJob}: the next commune to lay out, when the look-ahead has
 * room for it), which it runs to the end; failing that, it takes part in the layout thread's
 * {@link IndependentLoop}s a chunk at a time, and stops taking chunks as soon as the writer has work again
 * (docs/decisions/0120-demo-load-pipeline.md). Results do not depend on who ran a job or an iteration.
 */
final class SpareCore implements IndependentLoop, AutoCloseable {

    /** Iterations taken at a time: a few milliseconds of pole searches, so the helper steps back promptly. */
    private static final int CHUNK = 32;

    private final Object lock = new Object();
    private final Thread helper;
    /** Guarded by {@link #lock}. */
    private boolean writerWaiting;
    private Loop loop;
    private boolean closed;
    private volatile boolean helping;
    /** Claims a whole job for the helper, or null when none may start now; asked only while the writer waits. */
    private final Supplier<Runnable> spareJob;

    SpareCore() {
        this(() -> null);
    }

    SpareCore(Supplier<Runnable> spareJob) {
        this.spareJob = spareJob;
        helper = new Thread(this::help, "demo-spare-core");
        helper.setDaemon(true);
        helper.start();
    }

    /** The writer says it waits for geometry ({@code true}) or has work again ({@code false}). */
    void writerWaiting(boolean waiting) {
        synchronized (lock) {
            writerWaiting = waiting;
            helping = waiting;
            lock.notifyAll();
        }
    }

    @Override
    public void run(int count, Supplier<IntConsumer> perThread) {
        Loop current = new Loop(count, perThread);
        synchronized (lock) {
            loop = current;
            lock.notifyAll();
        }
        current.work(() -> true);
        synchronized (lock) {
            loop = null;
        }
        current.awaitHelpers();
        if (current.failure != null) {
            throw new IllegalStateException("an iteration run by the spare core failed: " + current.failure, current.failure);
        }
    }

    private void help() {
        Loop done = null;
        while (true) {
            Loop current;
            Runnable job = null;
            synchronized (lock) {
                // Woken when the writer starts waiting (a look-ahead permit may just have been freed) or a loop starts.
                while (!closed && (!writerWaiting || (job = spareJob.get()) == null && (loop == null || loop == done))) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                current = loop;
            }
            if (job != null) {
                // A whole job runs to its end, even once the writer has work again: it is the next commune the writer
                // needs, and handing it back half done would only move the wait.
                job.run();
                continue;
            }
            current.enter();
            try {
                if (current.work(() -> helping)) {
                    done = current;
                }
            } catch (RuntimeException | Error e) {
                // The caller rethrows it once the loop is over; the chunk's other iterations are left undone.
                current.failure = e;
                done = current;
            } finally {
                current.leave();
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** One loop's iterations, handed out a chunk at a time to whoever takes part. */
    private static final class Loop {
        private final int count;
        private final Supplier<IntConsumer> perThread;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger helpers = new AtomicInteger();
        /** What a helper's iteration threw; published to the caller by {@link #leave()}. */
        private Throwable failure;

        Loop(int count, Supplier<IntConsumer> perThread) {
            this.count = count;
            this.perThread = perThread;
        }

        /** Runs chunks while {@code go} says so; true when no chunk is left. */
        boolean work(java.util.function.BooleanSupplier go) {
            IntConsumer body = null;
            while (go.getAsBoolean()) {
                int start = next.getAndAdd(CHUNK);
                if (start >= count) {
                    return true;
                }
                if (body == null) {
                    body = perThread.get();
                }
                for (int i = start; i < Math.min(count, start + CHUNK); i++) {
                    body.accept(i);
                }
            }
            return false;
        }

        void enter() {
            helpers.incrementAndGet();
        }

        void leave() {
            synchronized (this) {
                helpers.decrementAndGet();
                notifyAll();
            }
        }

        /**
         * Waits until no helper is inside: one that entered before the last chunk was taken may still run it. One
         * that enters later finds no chunk. Its decrement publishes its results to the caller.
         */
        void awaitHelpers() {
            synchronized (this) {
                while (helpers.get() > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while the spare core finished its chunk", e);
                    }
                }
            }
        }
    }
}

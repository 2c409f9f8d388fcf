package vn.landinfo.mapserver.wms;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.landinfo.mapserver.ogc.ServerBusyException;

/**
 * Admits map images against a budget of pixels in flight, so that no mix of requests can draw more at once
 * than the heap holds (docs/decisions/0150-getmap-admission-by-pixels-in-flight.md). A request waits up to
 * {@code wait} for its pixels, in arrival order (a fair semaphore: a large map is not starved by a stream of
 * small ones), and is otherwise refused as ServerBusy. The pixels are held while the image is drawn and
 * encoded, and given back when the returned {@link Admission} is closed.
 */
final class PixelBudget {

    private final Semaphore pixels;
    private final int capacity;
    private final Duration wait;

    /** @param capacity pixels that may be drawn at once (at least 1); @param wait longest a request waits for them */
    PixelBudget(long capacity, Duration wait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the pixel budget must be at least 1 pixel, not " + capacity);
        }
        this.capacity = (int) Math.min(Integer.MAX_VALUE, capacity);
        this.pixels = new Semaphore(this.capacity, true);
        this.wait = wait;
    }

    /** Pixels held by one admitted image; closing gives them back (once). */
    interface Admission extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for the pixels of a {@code width × height} image. An image larger than the whole budget takes
     * all of it (it is drawn alone) rather than never being drawn.
     *
     * @throws ServerBusyException when the pixels are not free within the wait (or the thread is interrupted)
     */
    Admission admit(int width, int height) {
        int wanted = (int) Math.min(capacity, (long) width * height);
        boolean admitted;
        try {
            admitted = pixels.tryAcquire(wanted, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ServerBusyException("máy chủ đang vẽ quá nhiều bản đồ cùng lúc, vui lòng thử lại sau giây lát",
                    "the server is drawing as many map pixels as it can hold (" + width + "×" + height + " requested); retry shortly",
                    retryAfterSeconds());
        }
        return new Admission() {
            private boolean released;

            @Override
            public synchronized void close() {
                if (!released) {
                    released = true;
                    pixels.release(wanted);
                }
            }
        };
    }

    /** Pixels not held by any image now (for tests and metrics). */
    int available() {
        return pixels.availablePermits();
    }

    /** What a refused client is told to wait: about as long as this request waited, at least a second. */
    int retryAfterSeconds() {
        return (int) Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

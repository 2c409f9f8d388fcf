package vn.landinfo.demo.model;

import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs a loop whose iterations are independent of each other and write only their own slot of the result, so
 * that any number of threads may share them and the result is the same (docs/decisions/0120-demo-load-pipeline.md).
 * Each thread taking part gets its own body from {@code perThread} (its own work space); {@link #run} returns when
 * every iteration has run, its effects visible to the caller.
 */
@FunctionalInterface
public interface IndependentLoop {

    /** On the calling thread alone. */
    IndependentLoop SEQUENTIAL = (count, perThread) -> {
        IntConsumer body = perThread.get();
        for (int i = 0; i < count; i++) {
            body.accept(i);
        }
    };

    void run(int count, Supplier<IntConsumer> perThread);
}

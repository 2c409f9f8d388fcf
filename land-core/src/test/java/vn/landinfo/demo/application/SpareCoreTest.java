package vn.landinfo.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class SpareCoreTest {

    @Test
    void while_the_writer_waits_the_spare_core_takes_part_and_every_iteration_runs_once() throws Exception {
        int count = 5_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch helped = new CountDownLatch(1);
        try (SpareCore spare = new SpareCore()) {
            spare.writerWaiting(true);
            spare.run(count, () -> i -> {
                runs.incrementAndGet(i);
                threads.add(Thread.currentThread().getName());
                if (Thread.currentThread().getName().equals("demo-spare-core")) {
                    helped.countDown();
                } else if (i == 0) {
                    // The caller's first chunk waits for the helper's first iteration: proof that it helps.
                    await(helped);
                }
            });
        }
        assertThat(threads).contains("demo-spare-core", Thread.currentThread().getName());
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).as("runs of iteration %d", i).isEqualTo(1);
        }
    }

    @Test
    void while_the_writer_works_the_loop_runs_on_the_caller_alone() {
        int count = 5_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (SpareCore spare = new SpareCore()) {
            spare.writerWaiting(false);
            spare.run(count, () -> i -> {
                runs.incrementAndGet(i);
                threads.add(Thread.currentThread().getName());
            });
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }

    @Test
    void an_iteration_that_fails_on_the_spare_core_fails_the_loop() {
        try (SpareCore spare = new SpareCore()) {
            spare.writerWaiting(true);
            CountDownLatch failed = new CountDownLatch(1);
            assertThatThrownBy(() -> spare.run(5_000, () -> i -> {
                if (Thread.currentThread().getName().equals("demo-spare-core")) {
                    failed.countDown();
                    throw new IllegalArgumentException("bad parcel " + i);
                }
                if (i == 0) {
                    await(failed);
                }
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("bad parcel");
        }
    }

    @Test
    void while_the_writer_waits_the_spare_core_runs_a_whole_job_when_one_may_start() throws Exception {
        java.util.concurrent.atomic.AtomicInteger offered = new java.util.concurrent.atomic.AtomicInteger(2);
        CountDownLatch ran = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Runnable job = () -> {
            threads.add(Thread.currentThread().getName());
            ran.countDown();
        };
        try (SpareCore spare = new SpareCore(() -> offered.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? job : null)) {
            spare.writerWaiting(false);
            Thread.sleep(100);
            assertThat(ran.getCount()).as("no job taken while the writer works").isEqualTo(2);
            spare.writerWaiting(true);
            assertThat(ran.await(30, TimeUnit.SECONDS)).as("both jobs ran").isTrue();
        }
        assertThat(threads).containsExactly("demo-spare-core");
        assertThat(offered.get()).isZero();
    }

    @Test
    void the_look_ahead_grows_with_the_heap_between_two_and_eight_communes() {
        assertThat(GeneratingDemoData.lookAhead(256L << 20)).isEqualTo(2);
        assertThat(GeneratingDemoData.lookAhead(1L << 30)).isEqualTo(2);
        assertThat(GeneratingDemoData.lookAhead(3L << 30)).isEqualTo(6);
        assertThat(GeneratingDemoData.lookAhead(6L << 30)).isEqualTo(8);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the spare core took a chunk").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

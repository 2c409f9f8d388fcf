package vn.landinfo.mapserver.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.ogc.ServerBusyException;

/** GetMap's admission: pixels in flight never exceed the budget; a request waits for room, then is refused. */
class PixelBudgetTest {

    @Test
    void imagesThatFitTogetherAreAdmittedAtOnceAndGiveTheirPixelsBack() {
        PixelBudget budget = new PixelBudget(3 * 256 * 256, Duration.ofMillis(10));
        try (PixelBudget.Admission a = budget.admit(256, 256); PixelBudget.Admission b = budget.admit(256, 512)) {
            assertThat(budget.available()).isZero();
        }
        assertThat(budget.available()).isEqualTo(3 * 256 * 256);
    }

    @Test
    void aRequestBeyondTheBudgetIsRefusedAsServerBusyAfterItsWait() {
        PixelBudget budget = new PixelBudget(4096L * 4096, Duration.ofMillis(200));
        try (PixelBudget.Admission big = budget.admit(4096, 4096)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> budget.admit(256, 256))
                    .isInstanceOfSatisfying(ServerBusyException.class, e -> {
                        assertThat(e.code()).isEqualTo("ServerBusy");
                        assertThat(e.httpStatus()).isEqualTo(503);
                        assertThat(e.retryAfterSeconds()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("256×256").contains("retry");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for room first").isGreaterThanOrEqualTo(Duration.ofMillis(190));
        }
        assertThat(budget.available()).as("a refused request holds nothing").isEqualTo(4096 * 4096);
    }

    @Test
    void aWaitingRequestIsAdmittedAsSoonAsPixelsAreGivenBack() throws Exception {
        PixelBudget budget = new PixelBudget(1_000_000, Duration.ofSeconds(30));
        PixelBudget.Admission first = budget.admit(1000, 1000);
        CompletableFuture<PixelBudget.Admission> second = CompletableFuture.supplyAsync(() -> budget.admit(1000, 600));
        Thread.sleep(100);
        assertThat(second).as("waits while the first holds the budget").isNotDone();
        first.close();
        first.close(); // closing twice gives back once
        try (PixelBudget.Admission s = second.get(5, TimeUnit.SECONDS)) {
            assertThat(budget.available()).isEqualTo(400_000);
        }
        assertThat(budget.available()).isEqualTo(1_000_000);
    }

    @Test
    void anImageLargerThanTheWholeBudgetIsDrawnAloneRatherThanNever() {
        PixelBudget budget = new PixelBudget(1_000_000, Duration.ofMillis(10));
        try (PixelBudget.Admission alone = budget.admit(2000, 2000)) {
            assertThat(budget.available()).isZero();
            assertThatThrownBy(() -> budget.admit(1, 1)).isInstanceOf(ServerBusyException.class);
        }
        assertThat(budget.available()).isEqualTo(1_000_000);
    }
}

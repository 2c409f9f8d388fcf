package vn.landinfo.party.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void thirdsAddUpToExactlyOne() {
        assertThat(Shares.addUpToOne(List.of(new Holder(1, 1, 3), new Holder(2, 1, 3), new Holder(3, 1, 3)))).isTrue();
    }

    @Test
    void mixedDenominatorsAreSummedExactly() {
        List<Holder> h = List.of(new Holder(1, 1, 2), new Holder(2, 1, 3), new Holder(3, 1, 6));
        assertThat(Shares.addUpToOne(h)).isTrue();
        assertThat(Shares.describe(h)).isEqualTo("1/1");
    }

    @Test
    void aMissingPartIsReportedAsTheReducedSum() {
        List<Holder> h = List.of(new Holder(1, 1, 2), new Holder(2, 2, 12));
        assertThat(Shares.addUpToOne(h)).isFalse();
        assertThat(Shares.describe(h)).isEqualTo("2/3");
    }

    @Test
    void twoWholesAreTooMuch() {
        assertThat(Shares.addUpToOne(List.of(Holder.whole(1), Holder.whole(2)))).isFalse();
        assertThat(Shares.describe(List.of(Holder.whole(1), Holder.whole(2)))).isEqualTo("2/1");
    }

    @Test
    void largeDenominatorsDoNotOverflow() {
        int big = 2_000_000_011;
        assertThat(Shares.addUpToOne(List.of(new Holder(1, big - 1, big), new Holder(2, 1, big)))).isTrue();
    }
}

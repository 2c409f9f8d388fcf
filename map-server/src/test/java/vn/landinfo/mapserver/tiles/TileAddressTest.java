package vn.landinfo.mapserver.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TileAddressTest {

    @Test
    void theEnvelopeIsThatOfTheXyzGrid() {
        TileAddress world = TileAddress.parse("0", "0", "0");
        assertThat(world.minX()).isCloseTo(-20037508.342789244, within(1e-6));
        assertThat(world.maxY()).isCloseTo(20037508.342789244, within(1e-6));
        TileAddress ne = new TileAddress(1, 1, 0);
        assertThat(ne.minX()).isCloseTo(0, within(1e-6));
        assertThat(ne.minY()).isCloseTo(0, within(1e-6));
        assertThat(new TileAddress(14, 13008, 7212).size()).isCloseTo(2445.98, within(0.01));
    }

    @Test
    void everyMalformedSegmentIsRefusedWithItsName() {
        assertThatThrownBy(() -> TileAddress.parse("a", "0", "0")).isInstanceOf(TileException.class).hasMessageContaining("z must be");
        assertThatThrownBy(() -> TileAddress.parse("3", "-1", "0")).hasMessageContaining("x must be");
        assertThatThrownBy(() -> TileAddress.parse("3", "1", "")).hasMessageContaining("y must be");
        assertThatThrownBy(() -> TileAddress.parse("3", "8", "0")).hasMessageContaining("x and y run from 0 to 7");
        assertThatThrownBy(() -> TileAddress.parse("25", "0", "0")).hasMessageContaining("outside 0–24");
        assertThatThrownBy(() -> TileAddress.parse("99999999999", "0", "0")).hasMessageContaining("z must be");
        assertThat(refusal(() -> TileAddress.parse("3", "8", "0"))).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TileException.Kind.INVALID_PARAMETER);
            assertThat(e.parameter()).isEqualTo("x");
            assertThat(e.messageVi()).isEqualTo("Không có ô 3/8/0: ở mức thu phóng 3 x và y chạy từ 0 đến 7");
        });
        assertThat(refusal(() -> TileAddress.parse("3", "1", "-2"))).satisfies(e -> {
            assertThat(e.parameter()).isEqualTo("y");
            assertThat(e.messageVi()).isEqualTo("y phải là số nguyên không âm, không phải '-2'");
        });
        assertThat(refusal(() -> TileAddress.parse("25", "0", "0")).messageVi()).isEqualTo("Mức thu phóng 25 nằm ngoài 0–24");
    }

    @Test
    void onlyAsciiDigitsAreNumbers() {
        // Full-width and Arabic-Indic digits are digits to Character.isDigit and Integer.parseInt, not to a
        // tile URL: read as numbers, /tiles/parcels/16/１/1.mvt would be tile 16/1/1 under a second address.
        for (String notAscii : new String[] {"\uFF11", "\u0661", "1\uFF10"}) {
            assertThatThrownBy(() -> TileAddress.parse("16", notAscii, "0"))
                    .isInstanceOfSatisfying(TileException.class, e -> {
                        assertThat(e.kind()).isEqualTo(TileException.Kind.INVALID_PARAMETER);
                        assertThat(e.messageVi()).startsWith("x phải là số nguyên không âm");
                        assertThat(e.messageEn()).startsWith("x must be a non-negative whole number");
                    });
        }
    }

    private static TileException refusal(Runnable r) {
        try {
            r.run();
        } catch (TileException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}

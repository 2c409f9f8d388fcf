package vn.landinfo.demo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An urban lot's purpose follows its surveyed area, whatever its certificate's rounded or older area says. */
class PurposesTest {

    private static String purposeOfLot(double surveyedArea, double legalArea) {
        return Purposes.of(PieceKind.URBAN_LOT, surveyedArea, legalArea, LandProfile.URBAN, new SplittableRandom(1)).get(0).purpose();
    }

    @Test
    void a_lot_of_39_96_square_metres_is_not_residential_although_its_certificate_rounds_it_to_40() {
        assertThat(purposeOfLot(39.96, 40.0)).isEqualTo("DGT");
        assertThat(purposeOfLot(40.0, 40.0)).isEqualTo("ODT");
    }

    @Test
    void a_lot_of_200_22_square_metres_is_commercial_although_an_older_survey_gave_199_1() {
        assertThat(purposeOfLot(200.22, 199.1)).isEqualTo("TMD");
        assertThat(purposeOfLot(200.0, 201.5)).isEqualTo("ODT");
    }

    @Test
    void the_land_use_carries_the_legal_area() {
        assertThat(Purposes.of(PieceKind.URBAN_LOT, 120.04, 121.3, LandProfile.URBAN, new SplittableRandom(1)).get(0).area())
            .isEqualTo(121.3);
    }

    @Test
    void a_repair_keeps_an_urban_lot_in_the_band_its_purpose_depends_on() {
        assertThat(Purposes.range(PieceKind.URBAN_LOT, 40.05)).isEqualTo(new AreaRange(40, 200));
        assertThat(Purposes.range(PieceKind.URBAN_LOT, 39.99).contains(40)).isFalse();
        assertThat(Purposes.range(PieceKind.URBAN_LOT, 200.01).contains(200)).isFalse();
        assertThat(Purposes.range(PieceKind.FOREST, 12_000)).isEqualTo(AreaRange.ANY);
    }
}

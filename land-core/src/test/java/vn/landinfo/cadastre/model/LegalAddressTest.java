package vn.landinfo.cadastre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalAddressTest {

    @ParameterizedTest(name = "commune code {0} is refused")
    @NullSource
    @ValueSource(strings = {"", "0007", "000700", "0007a", "٠٠٠٧٠", " 0070", "00070\n"})
    void aCommuneCodeThatIsNotFiveDigitsIsRefused(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new LegalAddress(code, 1, 1))
                .withMessageContaining("5 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> new CommuneParcelsQuery(code, OptionalInt.empty(),
                Optional.empty(), 100, Optional.empty())).withMessageContaining("5 digits");
    }

    @ParameterizedTest(name = "commune code {0} is accepted")
    @ValueSource(strings = {"00070", "31258", "99999"})
    void fiveDigitsAreACommuneCode(String code) {
        assertThat(new LegalAddress(code, 1, 2).communeCode()).isEqualTo(code);
    }
}

package vn.landinfo.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringsTest {

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cursor=%%%                 | cursor  | percent-escape
            cursor=%G1                 | cursor  | percent-escape
            limit=10&cursor=%          | cursor  | percent-escape
            cursor=ab%4                | cursor  | percent-escape
            x=%C3%28                   | x       | not valid UTF-8
            x=%C0%AF                   | x       | not valid UTF-8
            x=%ED%A0%80                | x       | not valid UTF-8
            x=%FF                      | x       | not valid UTF-8
            %C3%28=1                   | %C3%28  | not valid UTF-8
            a%=1                       | a%      | percent-escape
            =1                         | ''      | has no name
            commune=00070&=1           | ''      | has no name
            commune=00070&&=1          | ''      | has no name
            """)
    void anUndecodableParameterIsRefusedNamingIt(String query, String parameter, String why) {
        MalformedRequest e = catchThrowableOfType(MalformedRequest.class, () -> QueryStrings.check(query));

        assertThat(e).as(query).isNotNull();
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(e.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(e.getMessage()).contains(why).contains(" / ");
    }

    @ParameterizedTest(name = "{0} decodes")
    @ValueSource(strings = {"commune=00070&sheet=1", "q=H%C3%A0+N%E1%BB%99i", "a=1&&b=2", "flag", "bbox=105.8%2C21.0%2C105.9%2C21.1", "x=",
            "cursor=YWZ0ZXI6MTAw==&a==1", "q=a+b&asOf=2021-01-01T00:00:00+07:00"})
    void aWellFormedQueryPasses(String query) {
        assertThatCode(() -> QueryStrings.check(query)).doesNotThrowAnyException();
    }
}

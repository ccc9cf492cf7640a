package io.lushagraph.catalog.wire;

import static io.lushagraph.WireJson.STRICT;
import static io.lushagraph.WireJson.UNKNOWN_ONLY;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {
            CodeOption.class,
            CompanyLocationOption.class,
            CompanyNameOption.class,
            ContactLocationOption.class,
            CountryOption.class,
            FilterSearchText.class,
            IndustryOption.class,
            IndustryOption.SubIndustry.class,
            RangeOption.class,
            SeniorityOption.class,
            TechnologyOption.class
    })
    void everyRecordIgnoresPropertiesItDoesNotKnowWhateverTheMapper(Class<?> record) {
        assertThatCode(() -> STRICT.readValue(UNKNOWN_ONLY, record)).doesNotThrowAnyException();
    }
}

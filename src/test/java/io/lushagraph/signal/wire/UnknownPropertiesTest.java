package io.lushagraph.signal.wire;

import static io.lushagraph.WireJson.STRICT;
import static io.lushagraph.WireJson.UNKNOWN_ONLY;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {
            CompanySignalData.class,
            CompanySignalFilters.class,
            CompanySignalFilters.Include.class,
            CompanySignalItem.class,
            CompanySignalsByIdRequest.class,
            CompanySignalsResponse.class,
            CompanySignalsSearchRequest.class,
            CompanySignalsSearchRequest.CompanyIdentity.class,
            ContactIdentity.class,
            ContactIdentity.Company.class,
            ContactSignal.class,
            ContactSignalData.class,
            ContactSignalDepartment.class,
            ContactSignalsByIdRequest.class,
            ContactSignalsResponse.class,
            ContactSignalsSearchRequest.class,
            SignalLocation.class,
            SignalOptions.class,
            SignalOptions.FilterOptions.class
    })
    void everyRecordIgnoresPropertiesItDoesNotKnowWhateverTheMapper(Class<?> record) {
        assertThatCode(() -> STRICT.readValue(UNKNOWN_ONLY, record)).doesNotThrowAnyException();
    }
}

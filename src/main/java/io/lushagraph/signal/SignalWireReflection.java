package io.lushagraph.signal;

import io.lushagraph.signal.wire.CompanySignalData;
import io.lushagraph.signal.wire.CompanySignalFilters;
import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.CompanySignalsByIdRequest;
import io.lushagraph.signal.wire.CompanySignalsResponse;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest;
import io.lushagraph.signal.wire.ContactIdentity;
import io.lushagraph.signal.wire.ContactSignal;
import io.lushagraph.signal.wire.ContactSignalData;
import io.lushagraph.signal.wire.ContactSignalDepartment;
import io.lushagraph.signal.wire.ContactSignalsByIdRequest;
import io.lushagraph.signal.wire.ContactSignalsResponse;
import io.lushagraph.signal.wire.ContactSignalsSearchRequest;
import io.lushagraph.signal.wire.DepartmentsDeserializer;
import io.lushagraph.signal.wire.SignalArrayDeserializer;
import io.lushagraph.signal.wire.SignalLocation;
import io.lushagraph.signal.wire.SignalMaps;
import io.lushagraph.signal.wire.SignalObjectType;
import io.lushagraph.signal.wire.SignalOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the signal wire types and their deserializers for Jackson in the native image, including those
 * reached only through generic lists and maps, which the REST client's own registration may not walk.
 */
@RegisterForReflection(targets = {
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
        DepartmentsDeserializer.class,
        SignalArrayDeserializer.class,
        SignalArrayDeserializer.CompanyItems.class,
        SignalArrayDeserializer.ContactItems.class,
        SignalLocation.class,
        SignalMaps.class,
        SignalObjectType.class,
        SignalOptions.class,
        SignalOptions.FilterOptions.class })
final class SignalWireReflection {

    private SignalWireReflection() {
    }
}

package io.lushagraph.catalog;

import io.lushagraph.catalog.wire.CodeOption;
import io.lushagraph.catalog.wire.CompanyLocationOption;
import io.lushagraph.catalog.wire.CompanyNameOption;
import io.lushagraph.catalog.wire.ContactLocationOption;
import io.lushagraph.catalog.wire.CountryOption;
import io.lushagraph.catalog.wire.FilterSearchText;
import io.lushagraph.catalog.wire.IndustryOption;
import io.lushagraph.catalog.wire.RangeOption;
import io.lushagraph.catalog.wire.SeniorityOption;
import io.lushagraph.catalog.wire.TechnologyOption;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the filter catalog wire types for Jackson in the native image, including those reached only
 * through generic lists, which the REST client's own registration may not walk.
 */
@RegisterForReflection(targets = {
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
        TechnologyOption.class })
final class CatalogWireReflection {

    private CatalogWireReflection() {
    }
}

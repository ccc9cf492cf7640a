package io.lushagraph.catalog.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import io.lushagraph.WireJson;

class FilterCatalogWireTest {

    @Test
    void writesTheSearchText() {
        assertThat(written(new FilterSearchText("un"))).isEqualTo(fixture("catalog/search-text-request.json"));
    }

    @Test
    void readsNameLists() {
        List<String> departments = read("catalog/departments.json", new TypeReference<>() {
        });
        List<String> dataPoints = read("catalog/existing-data-points.json", new TypeReference<>() {
        });
        List<String> topics = read("catalog/intent-topics.json", new TypeReference<>() {
        });

        assertThat(departments).hasSize(16).contains("Engineering & Technical", "Sales");
        assertThat(dataPoints).containsExactly("phone", "work_email", "mobile_phone", "direct_phone");
        assertThat(topics).contains("Zero Trust", "Digital Sales");
    }

    @Test
    void readsSeniorityObjectsAndTheSchemasBareNames() {
        List<SeniorityOption> levels = read("catalog/seniority.json", new TypeReference<>() {
        });
        List<SeniorityOption> bare = read("catalog/seniority-schema-strings.json", new TypeReference<>() {
        });

        assertThat(levels).hasSize(10);
        assertThat(levels.get(0)).isEqualTo(new SeniorityOption(10, "founder"));
        assertThat(levels).contains(new SeniorityOption(4, "senior"));
        assertThat(bare).containsExactly(new SeniorityOption(null, "founder"), new SeniorityOption(null, "c-suite"));
    }

    @Test
    void readsCountriesAndLocations() {
        List<CountryOption> countries = read("catalog/all-countries.json", new TypeReference<>() {
        });
        List<ContactLocationOption> contactLocations = read("catalog/contact-locations.json", new TypeReference<>() {
        });
        List<CompanyLocationOption> companyLocations = read("catalog/company-locations.json", new TypeReference<>() {
        });

        assertThat(countries).containsExactly(new CountryOption("United States", "US"),
                new CountryOption("United Kingdom", "GB"));
        assertThat(contactLocations.get(0)).isEqualTo(
                new ContactLocationOption("North America", "United States", "New York", "New York", "na"));
        assertThat(contactLocations.get(1).city()).isNull();
        assertThat(companyLocations).containsExactly(new CompanyLocationOption("Israel", "Asia", "apac"));
    }

    @Test
    void readsCompanyNamesWithNumericIdsAsStrings() {
        List<CompanyNameOption> names = read("catalog/company-names.json", new TypeReference<>() {
        });

        assertThat(names).containsExactly(new CompanyNameOption("33222678", "Lusha",
                "https://logo.lusha.co/d/company_33222678_logo.jpg", "www.lusha.com"));
    }

    @Test
    void readsIndustriesWithTheirSubIndustries() {
        List<IndustryOption> industries = read("catalog/industries-labels.json", new TypeReference<>() {
        });

        assertThat(industries).extracting(IndustryOption::mainIndustryId).containsExactly(1, 17);
        assertThat(industries.get(0).mainIndustry()).isEqualTo("Hospitality");
        assertThat(industries.get(0).subIndustries()).contains(new IndustryOption.SubIndustry(778, "Other"));
        assertThat(industries.get(1).subIndustries())
                .containsExactly(new IndustryOption.SubIndustry(129, "Software Development"));
    }

    @Test
    void readsSizeAndRevenueBucketsIncludingAnOpenTop() {
        List<RangeOption> sizes = read("catalog/sizes.json", new TypeReference<>() {
        });
        List<RangeOption> revenues = read("catalog/revenues.json", new TypeReference<>() {
        });

        assertThat(sizes).startsWith(new RangeOption(1L, 10L)).endsWith(new RangeOption(10_001L, null));
        assertThat(revenues).endsWith(new RangeOption(1_000_000_001L, 10_000_000_000L));
    }

    @Test
    void readsClassificationCodesAsText() {
        List<CodeOption> sics = read("catalog/sics.json", new TypeReference<>() {
        });
        List<CodeOption> naics = read("catalog/naics.json", new TypeReference<>() {
        });

        assertThat(sics.get(0)).isEqualTo(new CodeOption("1011", "Iron ores"));
        assertThat(naics).extracting(CodeOption::code).containsExactly("11", "541511");
    }

    @Test
    void readsTechnologiesAsObjectsOrBareNames() {
        List<TechnologyOption> technologies = read("catalog/technologies.json", new TypeReference<>() {
        });
        List<TechnologyOption> bare = WireJson.MAPPER.convertValue(List.of("rss", "hubspot"),
                new TypeReference<List<TechnologyOption>>() {
                });

        assertThat(technologies).containsExactly(new TechnologyOption("rss"), new TechnologyOption("rss2json"));
        assertThat(bare).containsExactly(new TechnologyOption("rss"), new TechnologyOption("hubspot"));
    }
}

package io.lushagraph.simulator.enrich;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The company embedded in person answers ({@code CompanyResponse}) and the pieces every company shape shares. */
@RegisterForReflection(targets = { CompanyParts.CompanyResponse.class, CompanyParts.DetectedTopic.class,
        CompanyParts.Domains.class, CompanyParts.Funding.class, CompanyParts.Intent.class, CompanyParts.Location.class,
        CompanyParts.Round.class, CompanyParts.Social.class, CompanyParts.Technology.class, CompanyParts.TopicMetadata.class })
public final class CompanyParts {

    private CompanyParts() {
    }

    /**
     * The company of a contact (the {@code company} of searchSingleContact's answer), with its location in camelCase. What
     * Lusha does not know (revenue,
     * funding, intent) is left out, as in Lusha's examples: its OpenAPI allows no null there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompanyResponse(String name, String description, Domains domains, String homepageUrl, String fqdn,
            Location location, List<Long> companySize, List<Long> revenueRange, String logoUrl, Social social,
            String mainIndustry, String subIndustry, List<String> specialities, List<Technology> technologies,
            Funding funding, Intent intent) {
    }

    public record Domains(String homepage, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String city, String state, String stateCode, String country, String countryIso2,
            String continent, String rawLocation, List<Double> locationCoordinates) {
    }

    public record Social(String linkedin, String crunchbase) {
    }

    public record Technology(String name) {
    }

    /** Lusha's {@code CompanyFunding}; the last-round fields are left out for a listed company without rounds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Funding(List<Round> rounds, int totalRounds, long totalRoundsAmount, String currency,
            @JsonProperty("isIpo") boolean isIpo, String lastRoundType, Long lastRoundAmount, String lastRoundDate) {
    }

    public record Round(String currency, long roundAmount, String roundType, String roundDate) {
    }

    public record Intent(int topicCount, List<DetectedTopic> detectedTopics) {
    }

    public record DetectedTopic(String topicName, TopicMetadata metadata) {
    }

    public record TopicMetadata(int topicScore, String topicTrend) {
    }
}

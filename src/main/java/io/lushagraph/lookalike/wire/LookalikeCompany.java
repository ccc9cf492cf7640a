package io.lushagraph.lookalike.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One company similar to the seeds; every field but {@code name} may be {@code null}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookalikeCompany(
        String name,
        String domain,
        String linkedinUrl,
        Long employeeCount,
        String industry,
        LookalikeLocation location) {
}

package io.lushagraph.lookalike.wire;

/**
 * One company similar to the seeds; every field but {@code name} may be {@code null}.
 */
public record LookalikeCompany(
        String name,
        String domain,
        String linkedinUrl,
        Long employeeCount,
        String industry,
        LookalikeLocation location) {
}

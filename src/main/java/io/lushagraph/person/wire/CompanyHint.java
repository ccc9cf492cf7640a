package io.lushagraph.person.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A company a bulk person lookup names the person by ({@code name} or {@code domain}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompanyHint(String name, String domain, @JsonProperty("isCurrent") boolean current) {
}

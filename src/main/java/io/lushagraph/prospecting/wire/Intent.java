package io.lushagraph.prospecting.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A company's buyer intent: the account's mapped topics detected for it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Intent(Integer topicCount, List<Topic> detectedTopics) {

    public Intent {
        detectedTopics = Objects.requireNonNullElse(detectedTopics, List.of());
    }

    /** One detected topic. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String topicName, Metadata metadata) {
    }

    /**
     * How strong and how moving a topic is.
     *
     * @param topicTrend a signed change or {@code "New"}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metadata(Double topicScore, String topicTrend) {
    }
}

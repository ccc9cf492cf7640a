package io.lushagraph.tracing;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Drops query strings from the URLs spans record, before any exporter sees them: a Lusha lookup by email or name
 * ({@code GET /v2/person?email=...}) and a GraphQL query sent with {@code GET /graphql?query=...} carry contact
 * data there. Keys travel in headers, which spans do not record.
 */
@ApplicationScoped
public class SpanRedaction implements SpanProcessor {

    static final String REDACTED = "redacted";
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey("http.url");
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        stripQuery(span, URL_FULL);
        stripQuery(span, HTTP_URL);
        stripQuery(span, HTTP_TARGET);
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    private static void stripQuery(ReadWriteSpan span, AttributeKey<String> key) {
        String url = span.getAttribute(key);
        int query = url == null ? -1 : url.indexOf('?');
        if (query >= 0) {
            span.setAttribute(key, url.substring(0, query) + "?" + REDACTED);
        }
    }
}

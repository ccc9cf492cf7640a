package io.lushagraph.webhook.manage;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.lushagraph.config.LushaConfig;
import io.lushagraph.upstream.EmbeddedSimulatorTarget;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.HttpServer;

/**
 * Where Lusha reaches this gateway's webhook receiver: {@code gateway.webhooks.public-url}, or, when Lusha is the
 * simulator embedded in this very server, this server's own {@code /webhooks/lusha} on the port it listens on.
 */
@ApplicationScoped
public class ReceiverUrl {

    static final String RECEIVER_PATH = "/webhooks/lusha";

    private final Optional<String> configured;
    private final boolean embeddedSimulator;

    public ReceiverUrl(GatewayConfig gateway, LushaConfig lusha) {
        this.configured = gateway.webhooks().publicUrl().filter(url -> !url.isBlank());
        this.embeddedSimulator = lusha.simulator().enabled()
                && EmbeddedSimulatorTarget.HOST.equals(URI.create(lusha.baseUrl()).getHost());
    }

    /** The receiver's address, or {@code INVALID_INPUT} when none is configured and none can be derived. */
    public String resolve() throws GatewayException {
        if (configured.isPresent()) {
            return configured.get();
        }
        if (embeddedSimulator) {
            int port = Arc.container().instance(HttpServer.class).get().getPort();
            return "http://127.0.0.1:" + port + RECEIVER_PATH;
        }
        throw GatewayException.of(ErrorCode.INVALID_INPUT,
                "No url given and gateway.webhooks.public-url is not set: give the url Lusha should deliver to");
    }
}

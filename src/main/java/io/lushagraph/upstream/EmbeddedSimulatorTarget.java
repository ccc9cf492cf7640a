package io.lushagraph.upstream;

import java.net.URI;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.HttpServer;

/**
 * Points Lusha calls addressed to {@value #HOST} at the simulator embedded in this very server, on whatever port
 * the server actually listens (tests run on a random port). Real Lusha URLs pass untouched.
 */
@Provider
public class EmbeddedSimulatorTarget implements ClientRequestFilter {

    /** The host name that stands for "the simulator inside this gateway" in {@code lusha.base-url}. */
    public static final String HOST = "embedded.lusha-sim";

    @Override
    public void filter(ClientRequestContext request) {
        URI uri = request.getUri();
        if (!HOST.equals(uri.getHost())) {
            return;
        }
        int port = Arc.container().instance(HttpServer.class).get().getPort();
        request.setUri(URI.create("http://127.0.0.1:" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }
}

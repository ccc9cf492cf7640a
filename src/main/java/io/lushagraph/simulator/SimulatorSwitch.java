package io.lushagraph.simulator;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.lushagraph.config.LushaConfig;

/** Answers 404 on every {@code /lusha-sim} path while the simulator is disabled (the production default). */
public class SimulatorSwitch {

    static final String ROOT = "/lusha-sim";

    private final boolean enabled;

    public SimulatorSwitch(LushaConfig config) {
        this.enabled = config.simulator().enabled();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Void>> hideWhenDisabled(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean simulatorPath = path.equals(ROOT) || path.startsWith(ROOT + "/");
        return !enabled && simulatorPath ? Optional.of(RestResponse.notFound()) : Optional.empty();
    }
}

package io.lushagraph.tenant;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <tenant api key>}. A caller without the header is anonymous, which only the
 * dev profile turns into a tenant; a malformed header or an unknown key fails authentication (HTTP 401).
 */
@ApplicationScoped
public class TenantAuthMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final GatewayConfig config;

    public TenantAuthMechanism(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            // A WebSocket upgrade stays anonymous, so that its connection_init can still present a key; an operation
            // on a connection that presents none gets the anonymous tenant from GatewayRequests, or is refused.
            return config.auth().anonymousTenant().isPresent() && !GraphQLAccessPolicy.isWebSocketUpgrade(context)
                    ? identities.authenticate(new TenantKeyRequest(null))
                    : Uni.createFrom().nullItem();
        }
        Optional<String> token = bearerToken(header);
        if (token.isEmpty()) {
            return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException(
                    "Authorization must be a Bearer token"));
        }
        return identities.authenticate(new TenantKeyRequest(token.get()));
    }

    /** The token of an {@code Authorization: Bearer <token>} value; empty when the value is not one. */
    static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"lusha-graph\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TenantKeyRequest.class);
    }
}

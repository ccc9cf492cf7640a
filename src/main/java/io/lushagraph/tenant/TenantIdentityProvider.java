package io.lushagraph.tenant;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a presented tenant key into an identity whose principal name is the tenant. */
@ApplicationScoped
public class TenantIdentityProvider implements IdentityProvider<TenantKeyRequest> {

    /** The role every authenticated tenant has. */
    public static final String TENANT_ROLE = "tenant";

    private final TenantRegistry tenants;
    private final JwtTenants jwts;
    private final GatewayConfig config;

    public TenantIdentityProvider(TenantRegistry tenants, JwtTenants jwts, GatewayConfig config) {
        this.tenants = tenants;
        this.jwts = jwts;
        this.config = config;
    }

    @Override
    public Class<TenantKeyRequest> getRequestType() {
        return TenantKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TenantKeyRequest request, AuthenticationRequestContext context) {
        if (request.key() == null) {
            return config.auth().anonymousTenant()
                    .map(tenant -> Uni.createFrom().item(identity(tenant)))
                    .orElseGet(() -> Uni.createFrom().nullItem());
        }
        return tenantOf(request.key())
                .map(tenant -> Uni.createFrom().item(identity(tenant)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(
                        "Unknown API key or invalid token")));
    }

    /** The tenant a tenant key or a valid JWT names; empty for anything else. */
    Optional<String> tenantOf(String keyOrToken) {
        return tenants.tenantForKey(keyOrToken).or(() -> jwts.tenantOf(keyOrToken));
    }

    private static SecurityIdentity identity(String tenant) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(tenant))
                .addRole(TENANT_ROLE)
                .build();
    }
}

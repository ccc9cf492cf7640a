package io.lushagraph.tenant;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.logging.Log;

/**
 * The second way in: a JWT bearer token signed with RS256 by the configured key, unexpired (an expiry is required),
 * from the configured issuer, for the configured audience, whose tenant claim names a configured tenant. Off unless
 * {@code gateway.auth.jwt.public-key} is set. Only RS256 is accepted: an unsigned token ({@code alg: none}) or one
 * signed with HS256 using the public key as its secret is refused like any other forgery.
 */
@ApplicationScoped
public class JwtTenants {

    private final Optional<JwtConsumer> consumer;
    private final String claim;
    private final TenantRegistry tenants;

    public JwtTenants(GatewayConfig config, TenantRegistry tenants) {
        GatewayConfig.Jwt jwt = config.auth().jwt();
        this.claim = jwt.tenantClaim();
        this.tenants = tenants;
        this.consumer = jwt.publicKey().filter(key -> !key.isBlank()).map(key -> consumer(key, jwt.issuer(),
                jwt.audience().filter(audience -> !audience.isBlank())));
    }

    /** The tenant a valid token names, if JWTs are configured, the token verifies and the tenant is configured. */
    public Optional<String> tenantOf(String token) {
        if (consumer.isEmpty() || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.get().processToClaims(token);
            String tenant = claims.getStringClaimValue(claim);
            return tenant != null && tenants.isConfigured(tenant) ? Optional.of(tenant) : Optional.empty();
        } catch (InvalidJwtException | MalformedClaimException e) {
            Log.debugf("A bearer JWT was refused: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static JwtConsumer consumer(String publicKey, Optional<String> issuer, Optional<String> audience) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .setVerificationKey(parse(publicKey))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256);
        issuer.ifPresent(builder::setExpectedIssuer);
        audience.ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
        return builder.build();
    }

    /** An RSA public key as PEM or bare base64 of its X.509 encoding. */
    static PublicKey parse(String key) {
        String base64 = key.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (Exception e) {
            throw new IllegalArgumentException("gateway.auth.jwt.public-key is not an RSA public key", e);
        }
    }
}

package io.lushagraph.tenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** JWT bearer tokens as the second way in: the tenant comes from a verified claim, and only from there. */
@QuarkusTest
@TestProfile(JwtAuthTest.WithJwt.class)
class JwtAuthTest {

    // Seeded, so that the profile and the test see the same keys whichever class loader loads them.
    static final KeyPair KEYS = rsa(42);
    static final KeyPair OTHER_KEYS = rsa(7);
    static final String ISSUER = "https://login.example.com";

    /** Accepts tokens signed by {@link #KEYS} from {@link #ISSUER}. */
    public static class WithJwt implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.auth.jwt.public-key",
                    Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                    "gateway.auth.jwt.issuer", ISSUER);
        }
    }

    @Test
    void aValidTokenAuthenticatesTheTenantItsClaimNames() throws Exception {
        assertThat(me(token(KEYS.getPrivate(), ISSUER, "globex", 5)).statusCode(200).extract().jsonPath()
                .getString("data.me.tenant")).isEqualTo("globex");
    }

    @Test
    void expiredForgedForeignOrUnknownTenantTokensAre401() throws Exception {
        me(token(KEYS.getPrivate(), ISSUER, "globex", -5)).statusCode(401);
        me(token(OTHER_KEYS.getPrivate(), ISSUER, "globex", 5)).statusCode(401);
        me(token(KEYS.getPrivate(), "https://elsewhere.example.com", "globex", 5)).statusCode(401);
        me(token(KEYS.getPrivate(), ISSUER, "not-a-tenant", 5)).statusCode(401);
        String unsigned = token(KEYS.getPrivate(), ISSUER, "globex", 5);
        me(unsigned.substring(0, unsigned.lastIndexOf('.') + 1)).statusCode(401);
    }

    @Test
    void tenantKeysStillWork() {
        assertThat(me("acme-test-key").statusCode(200).extract().jsonPath().getString("data.me.tenant"))
                .isEqualTo("acme");
    }

    private static io.restassured.response.ValidatableResponse me(String bearer) {
        return given().header("Authorization", "Bearer " + bearer).contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { tenant } }")).post("/graphql").then();
    }

    private static String token(PrivateKey key, String issuer, String tenant, int minutes) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("svc-1");
        claims.setClaim("tenant", tenant);
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(minutes * 60L);
        claims.setExpirationTime(expiry);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair rsa(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.lushagraph.tenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
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
    static final String AUDIENCE = "lusha-graph";

    /** Accepts tokens signed by {@link #KEYS} from {@link #ISSUER} for {@link #AUDIENCE}. */
    public static class WithJwt implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.auth.jwt.public-key",
                    Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                    "gateway.auth.jwt.issuer", ISSUER, "gateway.auth.jwt.audience", AUDIENCE);
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
    void unsignedHmacSignedEndlessAndForeignAudienceTokensAre401() throws Exception {
        JwtClaims claims = claims(ISSUER, "globex", AUDIENCE, 5);
        assertThat(me(sign(claims, KEYS.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256)).statusCode(200)
                .extract().jsonPath().getString("data.me.tenant")).as("the same claims, properly signed")
                .isEqualTo("globex");

        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims.toJson());
        none.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        me(none.getCompactSerialization()).statusCode(401);

        // The public key is public: an HS256 token keyed with it, in either encoding, is a forgery.
        byte[] encoded = KEYS.getPublic().getEncoded();
        byte[] pem = ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(encoded)
                + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII);
        for (byte[] secret : new byte[][] { encoded, pem,
                Base64.getEncoder().encodeToString(encoded).getBytes(StandardCharsets.US_ASCII) }) {
            me(sign(claims, new HmacKey(secret), AlgorithmIdentifiers.HMAC_SHA256)).statusCode(401);
        }

        me(sign(claims(ISSUER, "globex", AUDIENCE, null), KEYS.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256))
                .statusCode(401); // no exp
        me(sign(claims(ISSUER, "globex", "another-service", 5), KEYS.getPrivate(),
                AlgorithmIdentifiers.RSA_USING_SHA256)).statusCode(401); // another audience
        me(sign(claims(ISSUER, "globex", null, 5), KEYS.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256))
                .statusCode(401); // no audience
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
        return sign(claims(issuer, tenant, AUDIENCE, minutes), key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    private static JwtClaims claims(String issuer, String tenant, String audience, Integer minutes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("svc-1");
        claims.setClaim("tenant", tenant);
        if (audience != null) {
            claims.setAudience(audience);
        }
        if (minutes != null) {
            NumericDate expiry = NumericDate.now();
            expiry.addSeconds(minutes * 60L);
            claims.setExpirationTime(expiry);
        }
        return claims;
    }

    private static String sign(JwtClaims claims, Key key, String algorithm) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setDoKeyValidation(false);
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

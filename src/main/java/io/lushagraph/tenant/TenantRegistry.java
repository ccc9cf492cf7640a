package io.lushagraph.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.lushagraph.config.LushaConfig;
import io.lushagraph.upstream.LushaAccount;
import io.quarkus.logging.Log;

/**
 * The configured tenants. Their keys are kept only as SHA-256 hashes and compared in constant time; each tenant
 * spends the gateway's Lusha account unless it has its own {@code lusha-api-key}.
 */
@ApplicationScoped
public class TenantRegistry {

    private final List<Entry> entries;
    private final Map<String, TenantSettings> settings;
    private final LushaAccount defaultAccount;

    public TenantRegistry(GatewayConfig gateway, LushaConfig lusha) {
        this.defaultAccount = new LushaAccount("default", lusha.apiKey().orElse(""));
        this.entries = gateway.tenants().entrySet().stream()
                .map(e -> new Entry(e.getKey(), sha256(e.getValue().apiKey())))
                .toList();
        this.settings = gateway.tenants().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> settingsOf(e.getKey(), e.getValue())));
        if (lusha.apiKey().isEmpty()) {
            Log.warn("lusha.api-key (LUSHA_API_KEY) is not set: upstream calls will be rejected by Lusha");
        }
    }

    /** The tenant whose key this is, if any. Every configured key is compared, so timing does not tell which. */
    public Optional<String> tenantForKey(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.keyHash(), presented)) {
                match = entry.tenant();
            }
        }
        return Optional.ofNullable(match);
    }

    /** What a tenant is allowed; a tenant that is not configured (the dev profile's anonymous one) has the defaults. */
    public TenantSettings settings(String tenant) {
        TenantSettings configured = settings.get(tenant);
        return configured != null ? configured : TenantSettings.defaults(tenant, defaultAccount);
    }

    /** Whether the tenant is configured. */
    public boolean isConfigured(String tenant) {
        return settings.containsKey(tenant);
    }

    /** The Lusha account a tenant's lookups spend. */
    public LushaAccount accountOf(String tenant) {
        return settings(tenant).account();
    }

    private TenantSettings settingsOf(String tenant, GatewayConfig.Tenant config) {
        LushaAccount account = config.lushaApiKey().filter(key -> !key.isBlank())
                .map(key -> new LushaAccount("tenant-" + tenant, key)).orElse(defaultAccount);
        return new TenantSettings(tenant, config.rateLimit().perSecond(), config.rateLimit().burst(),
                config.credits().daily(), config.maxQueryCost(), config.admin(), config.revealContactData(), account);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private record Entry(String tenant, byte[] keyHash) {
    }
}

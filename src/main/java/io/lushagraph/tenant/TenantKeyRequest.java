package io.lushagraph.tenant;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A tenant API key presented as a bearer token, or no credential at all (an anonymous caller). */
final class TenantKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    TenantKeyRequest(String key) {
        this.key = key;
    }

    /** The presented key; null for an anonymous caller. */
    String key() {
        return key;
    }

    @Override
    public String toString() {
        return "TenantKeyRequest";
    }
}

package org.earlyhelp.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Backend-for-frontend: the ID, access and refresh tokens stay in this server's memory; the session cookie holds only
 * a random handle, encrypted (AES-GCM) so that it says nothing and cannot be forged. Sign-out deletes the tokens, so
 * the old cookie is worth nothing afterwards. A handle this replica does not know (another replica's, or one from
 * before a restart) is simply no session: the browser goes through Keycloak again (single sign-on, no password while
 * the Keycloak session lasts).
 */
@Alternative
@Priority(1)
@ApplicationScoped
class ServerSideTokens implements TokenStateManager {

    private static final int HANDLE_BYTES = 32;
    private static final int NONCE_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Duration idle;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(AuthorizationCodeTokens tokens, long lastUsed) {
    }

    ServerSideTokens(@ConfigProperty(name = "quarkus.oidc.token-state-manager.encryption-secret") String secret,
            @ConfigProperty(name = "earlyhelp.web.session-idle", defaultValue = "PT30M") Duration idle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.idle = idle;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        byte[] handle = new byte[HANDLE_BYTES];
        random.nextBytes(handle);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(handle);
        held.put(id, new Held(tokens, System.nanoTime()));
        return Uni.createFrom().item(seal(id));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String state,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        String id = open(state);
        Held found = id == null ? null : held.get(id);
        if (found == null || expired(found)) {
            if (id != null) {
                held.remove(id);
            }
            // No tokens: quarkus-oidc treats the session as gone and sends the browser to sign in again.
            return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("No session"));
        }
        held.put(id, new Held(found.tokens(), System.nanoTime()));
        return Uni.createFrom().item(found.tokens());
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String state, OidcRequestContext<Void> request) {
        String id = open(state);
        if (id != null) {
            held.remove(id);
        }
        return Uni.createFrom().voidItem();
    }

    private boolean expired(Held entry) {
        return System.nanoTime() - entry.lastUsed() > idle.toNanos();
    }

    @Scheduled(every = "5m", delayed = "5m")
    void forgetIdleSessions() {
        held.values().removeIf(this::expired);
    }

    private String seal(String id) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(id.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a session handle", e);
        }
    }

    private String open(String state) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(state);
            if (all.length <= NONCE_BYTES) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException | GeneralSecurityException forgedOrOld) {
            return null;
        }
    }
}

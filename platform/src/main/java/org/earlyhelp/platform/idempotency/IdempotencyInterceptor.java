package org.earlyhelp.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.platform.identity.CurrentCaller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.resteasy.reactive.jackson.CustomSerialization;
import io.vertx.core.http.HttpServerRequest;

/**
 * Makes an {@link Idempotent} endpoint run at most once per (caller, key): the key is claimed,
 * the endpoint runs and its response is stored, all in one transaction. Runs outside (before)
 * any {@code @Transactional} of the endpoint so the claim and the change commit together.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class IdempotencyInterceptor {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final CurrentCaller caller;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    IdempotencyInterceptor(IdempotencyKeys keys, CurrentCaller caller, HttpServerRequest request, ObjectMapper json) {
        this.keys = keys;
        this.caller = caller;
        this.request = request;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw new BadRequestException(Idempotent.HEADER + " must be 1 to 255 visible ASCII characters");
        }
        if (invocation.getMethod().getReturnType() != Response.class) {
            throw new IllegalStateException("@Idempotent method " + invocation.getMethod() + " must return Response");
        }
        String callerId = caller.get().userId();
        String hash = requestHash(invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> earlier = keys.claim(callerId, key, hash);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash)) {
                    throw new ClientErrorException("This " + Idempotent.HEADER
                            + " was already used for a different request; use a new key for a new request", 422);
                }
                return earlier.get().replay();
            }
            Response response = (Response) invocation.proceed();
            keys.store(callerId, key, response.getStatus(),
                    response.getLocation() == null ? null : response.getLocation().toString(),
                    response.getEntity() == null ? null : body(invocation, response.getEntity()));
            return response;
        });
    }

    /** The body as the endpoint's own writer writes it, so that a replay is the first answer to the byte. */
    private byte[] body(InvocationContext invocation, Object entity) throws Exception {
        CustomSerialization custom = invocation.getMethod().getAnnotation(CustomSerialization.class);
        if (custom == null) {
            custom = invocation.getMethod().getDeclaringClass().getAnnotation(CustomSerialization.class);
        }
        ObjectWriter writer = custom == null ? json.writer()
                : custom.value().getDeclaredConstructor().newInstance().apply(json, entity.getClass());
        return writer.writeValueAsBytes(entity);
    }

    /** Method, path, query and the parsed arguments: a retry with the same content hashes alike, whatever its whitespace. */
    private String requestHash(InvocationContext invocation) throws JsonProcessingException, NoSuchAlgorithmException {
        StringBuilder canonical = new StringBuilder()
                .append(request.method().name()).append(' ')
                .append(request.path()).append('?').append(request.query() == null ? "" : request.query());
        for (Object argument : invocation.getParameters()) {
            canonical.append('\n').append(json.writeValueAsString(argument));
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}

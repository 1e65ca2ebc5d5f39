package org.herald.server;

/**
 * A request the server refuses, with the status and the short machine-readable code the client gets in the JSON
 * error body ({@code {"status", "error", "message"}}). The message is written for people and never holds a stack trace
 * or anything the client did not send.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    private ApiError(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiError badRequest(String message) { return new ApiError(400, "bad_request", message, 0); }

    public static ApiError notFound(String message) { return new ApiError(404, "not_found", message, 0); }

    public static ApiError forbidden(String message) { return new ApiError(403, "forbidden", message, 0); }

    public static ApiError tooLarge(String message) { return new ApiError(413, "too_large", message, 0); }

    public static ApiError unsupportedType(String message) { return new ApiError(415, "unsupported_media_type", message, 0); }

    public static ApiError rateLimited(long retryAfterSeconds) {
        return new ApiError(429, "rate_limited", "too many analysis requests from this client; retry in " + retryAfterSeconds + " s",
                retryAfterSeconds);
    }

    public static ApiError busy(String message) { return new ApiError(503, "busy", message, 1); }

    public static ApiError timeout(String message) { return new ApiError(503, "timeout", message, 1); }

    public static ApiError unavailable(String message) { return new ApiError(503, "unavailable", message, 0); }

    public int status() { return status; }

    public String code() { return code; }

    /** Seconds for the Retry-After header, or 0 for none. */
    public long retryAfterSeconds() { return retryAfterSeconds; }
}

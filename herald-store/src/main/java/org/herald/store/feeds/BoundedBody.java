package org.herald.store.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body read into memory up to a limit: past it the download is cancelled and the body fails. */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body was larger than the limit (or said so in its Content-Length). */
    static final class TooLarge extends IOException {
        TooLarge(long max) { super("larger than " + max + " bytes"); }
    }

    private final long max;
    private final boolean declaredTooLarge;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    BoundedBody(long max, long declaredLength) {
        this.max = max;
        this.declaredTooLarge = declaredLength > max;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> new BoundedBody(max, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    @Override public CompletionStage<byte[]> getBody() { return result; }

    @Override public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredTooLarge) fail();
        else s.request(Long.MAX_VALUE);
    }

    @Override public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            if (out.size() + (long) b.remaining() > max) {
                fail();
                return;
            }
            byte[] a = new byte[b.remaining()];
            b.get(a);
            out.write(a, 0, a.length);
        }
    }

    private void fail() {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(max));
    }

    @Override public void onError(Throwable t) { result.completeExceptionally(t); }

    @Override public void onComplete() { result.complete(out.toByteArray()); }
}

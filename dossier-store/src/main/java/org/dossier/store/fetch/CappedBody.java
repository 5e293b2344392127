package org.dossier.store.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and cancels the transfer past it, so a huge or endless
 * response costs at most the cap in memory and bandwidth.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body was larger than the cap; nothing more was read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("response is over the limit of " + cap + " bytes (raise it with --max-bytes)");
        }
    }

    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
        this.cap = cap;
    }

    /** A handler that refuses a declared length over the cap before reading, and caps the rest. */
    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            CappedBody body = new CappedBody(cap);
            if (declared > cap) {
                body.result.completeExceptionally(new TooLarge(cap));
            }
            return body;
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer b : buffers) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        if (out.size() > cap) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(cap));
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    /** Stops the transfer (on a timeout). */
    void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}

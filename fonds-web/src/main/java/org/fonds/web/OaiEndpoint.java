package org.fonds.web;

import org.fonds.error.UnavailableException;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.fonds.oai.OaiConfig;
import org.fonds.oai.OaiProvider;
import org.fonds.oai.OaiResponse;

/**
 * {@code /oai}: hands the OAI-PMH provider the query (GET) or form (POST, which the protocol also
 * allows) and sends back what it answers. Without a configuration the provider's base URL names the
 * port, so it cannot be made before the server starts.
 */
final class OaiEndpoint {
    /** Identify must name someone; a deployment passes its own address in an {@link OaiConfig}. */
    private static final String DEFAULT_ADMIN = "archivist@localhost.localdomain";
    /** How long the warm-up waits for a first page before it goes on without one. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(3);

    private final Function<OaiConfig, OaiProvider> providers;
    private final OaiConfig config;
    private volatile String serverUrl;
    private OaiProvider provider;

    /**
     * Nothing is opened here: the provider opens the store and its catalog, which at 100,000 records
     * cost the start a good part of a second before the first page (profiled; the first page needs
     * neither). It is made after the start, beside it, or by the first harvester's request.
     */
    OaiEndpoint(Function<OaiConfig, OaiProvider> providers, OaiConfig config) {
        this.providers = providers;
        this.config = config;
    }

    /**
     * Records the server's address and warms the provider up on a thread of its own once
     * {@code firstAnswer} has been sent (or, with no reader yet, after {@link #WAIT_FOR_FIRST}):
     * on two cores a warm-up beside the first page slows the page it does not serve.
     */
    void startedOn(String serverUrl, CountDownLatch firstAnswer) {
        this.serverUrl = serverUrl;
        Thread warm = new Thread(() -> {
            try {
                firstAnswer.await(WAIT_FOR_FIRST.toMillis(), TimeUnit.MILLISECONDS);
                provider().warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the first request to /oai meets the same failure and answers with it
            }
        }, "fonds-oai-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private synchronized OaiProvider provider() {
        if (provider == null) provider = providers.apply(config != null ? config : OaiConfig.forServer(serverUrl, DEFAULT_ADMIN));
        return provider;
    }

    void handle(Context ctx) {
        if (config == null && serverUrl == null) throw new UnavailableException("oai-starting", "the OAI-PMH provider starts with the server");
        var params = ctx.method().name().equals("POST") ? ctx.formParamMap() : ctx.queryParamMap();
        OaiResponse response = provider().handle(params, Instant.now());
        ctx.status(response.status()).contentType(OaiResponse.CONTENT_TYPE).result(response.xml());
    }
}

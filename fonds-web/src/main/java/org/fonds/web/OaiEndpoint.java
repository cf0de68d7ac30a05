package org.fonds.web;

import org.fonds.error.UnavailableException;
import io.javalin.http.Context;
import java.time.Instant;
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

    void startedOn(String serverUrl) {
        this.serverUrl = serverUrl;
        Thread warm = new Thread(() -> {
            try {
                provider().warmUp();
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

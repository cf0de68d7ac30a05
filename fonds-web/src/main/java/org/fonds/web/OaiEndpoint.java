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
 * allows) and sends back what it answers. Without a configuration the provider is made when the
 * server starts, because its base URL names the port.
 */
final class OaiEndpoint {
    /** Identify must name someone; a deployment passes its own address in an {@link OaiConfig}. */
    private static final String DEFAULT_ADMIN = "archivist@localhost.localdomain";

    private final Function<OaiConfig, OaiProvider> providers;
    private volatile OaiProvider provider;

    OaiEndpoint(Function<OaiConfig, OaiProvider> providers, OaiConfig config) {
        this.providers = providers;
        this.provider = config == null ? null : providers.apply(config);
    }

    void startedOn(String serverUrl) {
        if (provider == null) provider = providers.apply(OaiConfig.forServer(serverUrl, DEFAULT_ADMIN));
        provider.warmUp();
    }

    void handle(Context ctx) {
        if (provider == null) throw new UnavailableException("oai-starting", "the OAI-PMH provider starts with the server");
        var params = ctx.method().name().equals("POST") ? ctx.formParamMap() : ctx.queryParamMap();
        OaiResponse response = provider.handle(params, Instant.now());
        ctx.status(response.status()).contentType(OaiResponse.CONTENT_TYPE).result(response.xml());
    }
}

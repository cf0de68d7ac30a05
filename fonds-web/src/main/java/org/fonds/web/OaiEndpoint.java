package org.fonds.web;

import io.javalin.http.Context;
import java.time.Instant;
import org.fonds.oai.OaiConfig;
import org.fonds.oai.OaiProvider;
import org.fonds.oai.OaiResponse;
import org.fonds.store.OcflStore;

/**
 * {@code /oai}: hands the OAI-PMH provider the query (GET) or form (POST, which the protocol also
 * allows) and sends back what it answers. Without a configuration the provider is made when the
 * server starts, because its base URL names the port.
 */
final class OaiEndpoint {
    /** Identify must name someone; a deployment passes its own address in an {@link OaiConfig}. */
    private static final String DEFAULT_ADMIN = "archivist@localhost.localdomain";

    private final OcflStore store;
    private volatile OaiProvider provider;

    OaiEndpoint(OcflStore store, OaiConfig config) {
        this.store = store;
        this.provider = config == null ? null : new OaiProvider(store, config);
    }

    void startedOn(String serverUrl) {
        if (provider == null) provider = new OaiProvider(store, OaiConfig.forServer(serverUrl, DEFAULT_ADMIN));
        provider.warmUp();
    }

    void handle(Context ctx) {
        if (provider == null) throw new ApiError(503, "the OAI-PMH provider starts with the server");
        var params = ctx.method().name().equals("POST") ? ctx.formParamMap() : ctx.queryParamMap();
        OaiResponse response = provider.handle(params, Instant.now());
        ctx.status(response.status()).contentType(OaiResponse.CONTENT_TYPE).result(response.xml());
    }
}

package org.embedcrm.plugin.peppol.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * WireMock journals a request once it has served the response; a client that gave up on a delayed response returns
 * before that, so a test waits for the journal before checking what was requested.
 */
public final class Journal {

    private Journal() {
    }

    /**
     * Waits, at most five seconds, until the stub has served at least one request.
     *
     * @param stub the stub server
     */
    public static void awaitServed(WireMockExtension stub) {
        for (int i = 0; i < 100 && stub.getAllServeEvents().isEmpty(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

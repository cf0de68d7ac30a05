package org.fonds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The watch on real TCP connections of this machine: a client that stays is never taken for gone,
 * one that closes or resets its connection is, within a few looks at the kernel's table.
 */
class ClientWatchTest {
    @BeforeAll
    static void linux() {
        assumeTrue(ClientWatch.supported(), "no /proc/net/tcp here: the watch is off and searches end by their time limit");
    }

    @Test
    void aClientThatStaysIsNotGoneAndOneThatClosesIs() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept();
                ClientWatch watch = ClientWatch.watch(accepted.getLocalPort(), accepted.getPort())) {
            Thread.sleep(ClientWatch.TICK_MILLIS * 4);
            assertThat(watch.cancelled()).as("an open connection").isFalse();
            client.close();
            assertThat(goneWithin(watch, 5_000)).as("a closed connection").isTrue();
        }
    }

    @Test
    void aClientThatResetsItsConnectionIsGone() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket accepted = server.accept();
                ClientWatch watch = ClientWatch.watch(accepted.getLocalPort(), accepted.getPort())) {
            client.setSoLinger(true, 0); // close with a reset, as a killed client's machine does
            client.close();
            assertThat(goneWithin(watch, 5_000)).isTrue();
        }
    }

    @Test
    void anotherClientsConnectionClosingDoesNotTouchThisOne() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress());
                Socket staying = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket stayingAccepted = server.accept();
                ClientWatch watch = ClientWatch.watch(stayingAccepted.getLocalPort(), stayingAccepted.getPort())) {
            Socket leaving = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            try (Socket leavingAccepted = server.accept(); ClientWatch other = ClientWatch.watch(leavingAccepted.getLocalPort(),
                    leavingAccepted.getPort())) {
                leaving.close();
                assertThat(goneWithin(other, 5_000)).isTrue();
                assertThat(watch.cancelled()).isFalse();
            }
        }
    }

    private static boolean goneWithin(ClientWatch watch, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (watch.cancelled()) return true;
            Thread.sleep(20);
        }
        return watch.cancelled();
    }
}

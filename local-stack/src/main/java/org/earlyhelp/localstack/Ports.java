package org.earlyhelp.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The ports of the suite: checked before anything starts, and picked free for tests that run a stack beside another. */
final class Ports {

    /** Ports this process has handed out: the kernel may offer a closed probe's port again on the next call. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** Refuses, naming each component, a port given twice or one already taken on 127.0.0.1. */
    static void checkFree(Map<String, Integer> ports) {
        if (new HashSet<>(ports.values()).size() != ports.size()) {
            throw new IllegalStateException("Two components were given the same port: " + ports);
        }
        List<String> taken = new ArrayList<>();
        ports.forEach((component, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + component + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Already in use: " + String.join(", ", taken)
                    + ". Stop what uses it, or choose other ports (--help).");
        }
    }

    /**
     * Whether nothing listens on the port. With address reuse, as the servers themselves bind (Vert.x, PostgreSQL), so
     * that the connections a suite stopped a moment ago left in TIME_WAIT do not hold up a start on the same ports;
     * a port something listens on is still refused.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /**
     * A free port on 127.0.0.1, never one this process handed out before, so that calls made one after another for
     * the components of one stack give distinct ports.
     */
    static int free() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}

package org.skyroad.station.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay in front of the hub. It can cut the first connection after a number of
 * bytes from the client (a network that drops mid-upload); as an HTTP proxy it just relays.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final AtomicLong dropAfter;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger drops = new AtomicInteger();

    DroppingProxy(int targetPort, long dropFirstConnectionAfterBytes) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.dropAfter = new AtomicLong(dropFirstConnectionAfterBytes);
        Thread t = new Thread(this::acceptLoop, "dropping-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    int drops() {
        return drops.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                long limit = connections.getAndIncrement() == 0 ? dropAfter.get() : Long.MAX_VALUE;
                pump(client, upstream, limit, true);
                pump(upstream, client, Long.MAX_VALUE, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, long limit, boolean counting) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[1024];
            long sent = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf, 0, (int) Math.min(buf.length, Math.max(1, limit - sent)))) > 0) {
                    out.write(buf, 0, n);
                    out.flush();
                    sent += n;
                    if (counting && sent >= limit) {
                        drops.incrementAndGet();
                        from.close();
                        to.close();
                        return;
                    }
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing
                }
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

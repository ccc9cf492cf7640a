package io.lushagraph.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on loopback in front of one local server, which can add latency at run time as Toxiproxy's latency toxic
 * does: while a latency is set, each chunk the server sends back is held that long before it is passed on, in order,
 * so that every request and response round trip takes that much longer while the connections stay open. What the
 * clients send goes through at once.
 */
final class LatencyProxy implements AutoCloseable {

    private static final Chunk END = new Chunk(0, new byte[0]);

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "latency-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long latencyNanos;

    private LatencyProxy(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
    }

    /** Listens on a free port of 127.0.0.1 and forwards every connection to {@code targetPort} there. */
    static LatencyProxy start(int targetPort) throws IOException {
        LatencyProxy proxy = new LatencyProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        proxy.threads.execute(proxy::accept);
        return proxy;
    }

    /** The port clients connect to. */
    int port() {
        return server.getLocalPort();
    }

    /** Adds {@code latency} to each round trip from now on; {@link Duration#ZERO} turns it off. */
    void latency(Duration latency) {
        latencyNanos = latency.toNanos();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            try {
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(target);
                BlockingQueue<Chunk> held = new LinkedBlockingQueue<>();
                threads.execute(() -> forward(client, target));
                threads.execute(() -> hold(target, held));
                threads.execute(() -> release(held, client));
            } catch (IOException unreachable) {
                closeQuietly(client); // as the server itself would refuse it
            }
        }
    }

    /** Copies what the client sends to the server as it comes. */
    private void forward(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16_384];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // either side went away: closing both ends tells the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Reads what the server answers, stamping each chunk with the time it may be passed on. */
    private void hold(Socket from, BlockingQueue<Chunk> held) {
        try (InputStream in = from.getInputStream()) {
            byte[] buffer = new byte[16_384];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                held.add(new Chunk(System.nanoTime() + latencyNanos, Arrays.copyOf(buffer, n)));
            }
        } catch (IOException closed) {
            // the release side closes the client once everything held is out
        } finally {
            held.add(END);
        }
    }

    /** Passes the held chunks on to the client in order, each when its time comes. */
    private void release(BlockingQueue<Chunk> held, Socket to) {
        try (OutputStream out = to.getOutputStream()) {
            for (Chunk chunk = held.take(); chunk != END; chunk = held.take()) {
                long wait = chunk.due() - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                out.write(chunk.bytes());
                out.flush();
            }
        } catch (IOException | InterruptedException closed) {
            // the client went away or the proxy was closed
        } finally {
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(LatencyProxy::closeQuietly);
        threads.shutdownNow();
    }

    /** A chunk the server sent, and when it may be passed on. */
    private record Chunk(long due, byte[] bytes) {
    }
}

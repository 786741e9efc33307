package org.chancery.app.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx as the reverse proxy in front of the instances, run as a child process from a directory
 * of its own (its configuration, logs, pid and temporary files): one address sends requests round-robin
 * to every instance, as a load balancer does, and one address per instance sends them to that instance
 * only. Every answer says which instance gave it, in {@code X-Upstream}. The proxy passes the client's
 * address and scheme in {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, as the README advises.
 */
final class Nginx implements AutoCloseable {

    static final String UPSTREAM = "X-Upstream";

    private static final String EXECUTABLE = System.getProperty("chancery.test.nginx", "");
    private static final List<String> SEARCHED = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx");

    private final Process process;
    private final Path home;
    private final int port;
    private final List<Integer> pinned;

    private Nginx(Process process, Path home, int port, List<Integer> pinned) {
        this.process = process;
        this.home = home;
        this.port = port;
        this.pinned = pinned;
    }

    /** The nginx executable, or a failure that says how to install it. */
    static Path executable() {
        Stream<Path> candidates = EXECUTABLE.isEmpty()
                ? Stream.concat(
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                                .filter(dir -> !dir.isEmpty())
                                .map(dir -> Path.of(dir, "nginx")),
                        SEARCHED.stream().map(Path::of))
                : Stream.of(Path.of(EXECUTABLE));
        return candidates
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("nginx is not installed, and the instances suite runs the"
                        + " instances behind it: install Debian's package (apt-get install -y nginx), or name the"
                        + " executable with -Dchancery.test.nginx=/path/to/nginx"));
    }

    /** Starts nginx from {@code home} in front of the instances listening on {@code instancePorts} of 127.0.0.1. */
    static Nginx start(Path home, List<Integer> instancePorts) throws IOException, InterruptedException {
        Path nginx = executable();
        Files.createDirectories(home);
        int port = freePort();
        List<Integer> pinned = new ArrayList<>();
        for (int i = 0; i < instancePorts.size(); i++) {
            pinned.add(freePort());
        }
        Path conf = home.resolve("nginx.conf");
        Files.writeString(conf, configuration(home, port, instancePorts, pinned));
        Process process = new ProcessBuilder(
                        nginx.toString(),
                        "-p",
                        home.toString(),
                        "-c",
                        conf.toString(),
                        "-e",
                        home.resolve("error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        Nginx started = new Nginx(process, home, port, pinned);
        started.awaitListening();
        return started;
    }

    private static String configuration(Path home, int port, List<Integer> instances, List<Integer> pinned) {
        String proxied = """
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      add_header %s $upstream_addr always;
                """.formatted(UPSTREAM);
        StringBuilder servers = new StringBuilder("""
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_pass http://chancery;
                %s    }
                  }
                """.formatted(port, proxied));
        for (int i = 0; i < instances.size(); i++) {
            servers.append("""
                      server {
                        listen 127.0.0.1:%d;
                        location / {
                          proxy_pass http://127.0.0.1:%d;
                    %s    }
                      }
                    """.formatted(pinned.get(i), instances.get(i), proxied));
        }
        String upstreams =
                instances.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n"));
        // one process of the user running the tests, which stops on the test's signal: no workers that
        // would switch to another user and lose access to this directory
        return """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events {
                  worker_connections 256;
                }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/client_body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream chancery {
                %2$s
                  }
                %3$s}
                """.formatted(home, upstreams, servers);
    }

    /** The address that spreads requests over every instance, round-robin. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The address that sends every request to instance {@code index}, through the proxy all the same. */
    String pinnedUrl(int index) {
        return "http://127.0.0.1:" + pinned.get(index);
    }

    private void awaitListening() throws InterruptedException {
        List<Integer> ports = new ArrayList<>(pinned);
        ports.add(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!ports.isEmpty()) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx stopped at once: " + logs());
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new AssertionError("nginx did not listen on " + ports + " within 15 s: " + logs());
            }
            ports.removeIf(Nginx::listening);
            Thread.sleep(50);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String logs() {
        try {
            StringBuilder logs = new StringBuilder();
            for (String name : List.of("console.log", "error.log")) {
                Path log = home.resolve(name);
                if (Files.exists(log)) {
                    logs.append('\n').append(name).append(":\n").append(Files.readString(log));
                }
            }
            return logs.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package org.xxgk.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder under the system's temporary folder where uploads are stored while the server runs, deleted
 * when it stops. Files are named by a counter; of the name the browser sent only a short extension of
 * letters and digits is kept (readers tell formats partly by it), never a path or the name itself.
 */
final class Workspace implements AutoCloseable {

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private final Path root;
    private final AtomicLong next = new AtomicLong();

    private Workspace(Path root) {
        this.root = root;
    }

    static Workspace create() {
        try {
            Path dir = Files.createTempDirectory("xxgk-serve-");
            return new Workspace(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法在临时文件夹中建立工作区", e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * Copies a stream into a new file of the workspace, stopping as soon as it passes the limit.
     *
     * @param clientName the name the browser gave, used for its extension only
     * @return the stored file, or empty when the stream was longer than {@code limit} (nothing is kept)
     */
    java.util.Optional<Path> store(InputStream in, String clientName, long limit) throws IOException {
        Path file = root.resolve(String.format(Locale.ROOT, "%06d", next.incrementAndGet()) + extension(clientName));
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > limit) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        if (total > limit) {
            Files.deleteIfExists(file);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(file);
    }

    /** {@code .pdf} for {@code 报告.PDF}; nothing when the name has no extension of letters and digits. */
    static String extension(String clientName) {
        if (clientName == null) {
            return "";
        }
        String base = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(ext).matches() ? "." + ext : "";
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for close(), which removes the whole folder
        }
    }

    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the system's temporary folder is cleaned eventually; nothing a person can do about it now
        }
    }
}

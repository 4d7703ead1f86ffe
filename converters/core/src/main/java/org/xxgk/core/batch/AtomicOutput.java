package org.xxgk.core.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.xxgk.core.spi.XxgkException;

/**
 * Writes an output file completely or not at all: into a temporary file beside it, renamed over the
 * target only when the writing succeeded, so that a failed run never leaves half a workbook.
 */
public final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, XxgkException;
    }

    private AtomicOutput() {
    }

    /**
     * @param overwrite false to refuse when the target exists
     * @throws XxgkException naming the target when it exists (and overwrite is false) or cannot be written
     */
    public static void write(Path target, boolean overwrite, Content content) throws XxgkException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new XxgkException(target.toString(), "是文件夹，不能作为输出文件；请给出文件名");
        }
        if (!overwrite && Files.exists(absolute)) {
            throw new XxgkException(target.toString(), "文件已存在；如要覆盖，请加 --force");
        }
        Path temp = null;
        try {
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            temp = createPart(dir, absolute.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (IOException e) {
            throw new XxgkException(target.toString(), "无法写入输出文件：" + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A new hidden file beside the target, with the permissions any new file of the user gets (the umask):
     * {@code Files.createTempFile} would make it readable by its owner only, and the rename would keep that.
     */
    private static Path createPart(Path dir, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path part = dir.resolve("." + name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".part");
            try {
                return Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Best effort: the temporary file is hidden and marked .part.
            }
        }
    }
}

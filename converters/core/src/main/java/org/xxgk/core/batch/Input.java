package org.xxgk.core.batch;

import java.nio.file.Path;

/**
 * One file to read.
 *
 * @param path   where it is
 * @param source how the user named it (the path given, or the path below a folder given), for messages
 */
public record Input(Path path, String source) {
}

package org.xxgk.core;

import java.nio.file.Path;

/**
 * A plugin jar that could not be loaded, or one of its components that could not be made: the toolkit
 * goes on without it and says so in one line.
 *
 * @param jar     the jar
 * @param message what is wrong, in one Chinese sentence
 */
public record PluginProblem(Path jar, String message) {

    /** The one line shown to users. */
    public String oneLine() {
        return "插件 " + jar.getFileName() + "：" + message;
    }
}

package org.xxgk.server;

/** The names browsers send, made fit to show (never to use on disk). */
final class Names {

    private static final int MAX = 200;

    private Names() {
    }

    /** The last part of a name a browser sent, without control characters, at most 200 characters. */
    static String display(String clientName) {
        if (clientName == null) {
            return "未命名文件";
        }
        String base = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && c != '\u202e' && c != '\u202d')
                .limit(MAX).forEach(out::appendCodePoint);
        String name = out.toString().strip();
        return name.isEmpty() ? "未命名文件" : name;
    }
}

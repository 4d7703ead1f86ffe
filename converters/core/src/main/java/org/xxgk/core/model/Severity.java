package org.xxgk.core.model;

/** How much a problem matters. Error-level problems make {@code validate} and {@code consolidate} exit 3. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in JSON and CSV output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The word shown to users. */
    public String chinese() {
        return switch (this) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}

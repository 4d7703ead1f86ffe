package org.xxgk.cli;

/** The exit codes of {@code spec/cli.md}. */
final class ExitCodes {

    /** Done; the output may list warnings. */
    static final int OK = 0;
    /** An input could not be read or recognised, or an output could not be written. */
    static final int INPUT = 1;
    /** Usage error. */
    static final int USAGE = 2;
    /** Done, and some report breaks a consistency rule at error level. */
    static final int RULES = 3;

    private ExitCodes() {
    }
}

package org.xxgk.core.schema;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three generations of the official format. A report may mix them table by table. */
public enum Generation {
    V2021("2021"), V2019("2019"), LEGACY("legacy");

    private final String id;

    Generation(String id) {
        this.id = id;
    }

    /** The id used in JSON ({@code "2021"}, {@code "2019"}, {@code "legacy"}) and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<Generation> find(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    public static Generation require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("未知的格式版本：" + id + "，可选："
                + Arrays.stream(values()).map(Generation::id).collect(Collectors.joining("、"))));
    }
}

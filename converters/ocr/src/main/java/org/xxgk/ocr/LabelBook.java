package org.xxgk.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xxgk.core.recognize.LabelText;
import org.xxgk.core.schema.BlockSpec;
import org.xxgk.core.schema.LabelNode;
import org.xxgk.core.schema.Schema;
import org.xxgk.core.schema.TableSpec;

/**
 * The schema's labels, for putting right what the engine misread in a label. The recognizer tolerates
 * one wrong character in four and none in short labels; the engine misreads more than a typist does
 * (形 for 彤, 汁 for 计), so an OCR label is replaced by the schema label it is nearest to, when it is
 * near enough and nearer to that one than to any other. Numbers are never touched here.
 */
final class LabelBook {

    /** A label of the schema: its comparison key and the text that stands for it. */
    private record Known(String key, String text) {
    }

    private final List<Known> labels = new ArrayList<>();

    LabelBook(Schema schema) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (TableSpec t : schema.tables()) {
            add(byKey, t.title());
            add(byKey, t.headerLabel());
            for (BlockSpec b : t.blocks()) {
                add(byKey, b.label());
                addNodes(byKey, b.rows());
                addNodes(byKey, b.columns());
            }
        }
        byKey.forEach((k, v) -> labels.add(new Known(k, v)));
    }

    private static void addNodes(Map<String, String> byKey, List<LabelNode> nodes) {
        for (LabelNode n : nodes) {
            add(byKey, n.label());
            n.variants().forEach(v -> add(byKey, v));
            addNodes(byKey, n.children());
        }
    }

    private static void add(Map<String, String> byKey, String label) {
        if (label != null && !label.isBlank()) {
            byKey.putIfAbsent(LabelText.of(label).key(), label);
        }
    }

    /** The schema label an OCR text stands for, or empty when it is none or could be more than one. */
    Optional<String> nearest(String ocr) {
        String key = LabelText.of(ocr).key();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        Known found = null;
        for (Known k : labels) {
            int limit = allowed(k.key);
            if (Math.abs(k.key.length() - key.length()) > limit) {
                continue;
            }
            int d = distance(key, k.key);
            if (d < best) {
                second = best;
                best = d;
                found = k;
            } else if (d < second) {
                second = d;
            }
        }
        if (found == null || best > allowed(found.key) || second <= best) {
            return Optional.empty();
        }
        return Optional.of(found.text);
    }

    /** Misread characters allowed: one in three, and one even in a label of two or three characters. */
    private static int allowed(String key) {
        return Math.max(1, key.length() / 3);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

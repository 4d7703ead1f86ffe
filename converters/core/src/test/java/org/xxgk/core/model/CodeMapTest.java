package org.xxgk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A report's value map behaves as the linked hash map it replaces. */
class CodeMapTest {

    @Test
    void behavesAsALinkedHashMapOfTheSameEntries() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                expected.put("t" + random.nextInt(4) + ".c" + random.nextInt(500), random.nextInt(1000));
            }
            Map<String, Integer> map = CodeMap.copyOf(expected);
            assertEquals(expected, map);
            assertEquals(map, expected);
            assertEquals(expected.hashCode(), map.hashCode());
            assertEquals(expected.toString(), map.toString());
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()));
            assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(map.values()));
            List<String> order = new ArrayList<>();
            map.forEach((k, v) -> {
                order.add(k);
                assertEquals(expected.get(k), v);
            });
            assertEquals(new ArrayList<>(expected.keySet()), order);
            for (String k : expected.keySet()) {
                assertTrue(map.containsKey(k));
                assertEquals(expected.get(k), map.get(k));
            }
            assertFalse(map.containsKey("t9.absent"));
            assertNull(map.get("t9.absent"));
            assertNull(map.get(null));
            assertNull(map.get(42));
        }
    }

    @Test
    void isUnmodifiableAndCopiedOnlyOnce() {
        Map<String, Integer> map = CodeMap.copyOf(Map.of("a", 1, "b", 2));
        assertThrows(UnsupportedOperationException.class, () -> map.put("c", 3));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(5));
        assertThrows(UnsupportedOperationException.class, () -> map.keySet().clear());
        assertSame(map, CodeMap.copyOf(map));
    }

    @Test
    void anEmptyMapIsEmpty() {
        Map<String, Integer> map = CodeMap.copyOf(Map.of());
        assertTrue(map.isEmpty());
        assertEquals(Map.of(), map);
        assertFalse(map.containsKey("a"));
    }
}

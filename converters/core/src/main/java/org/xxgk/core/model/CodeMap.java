package org.xxgk.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map by code in insertion order, as a report's values are kept: an array of values
 * beside a set of codes shared by every report with the same codes in the same order. A consolidation
 * holds ten thousand reports of two hundred values each; a linked hash map spends forty bytes per
 * value on its entry, this four. It behaves as the {@code LinkedHashMap} it replaces: same iteration
 * order, equality, hash code and text.
 *
 * @param <V> the values
 */
final class CodeMap<V> extends AbstractMap<String, V> {

    private final Codes codes;
    private final Object[] values;

    private CodeMap(Codes codes, Object[] values) {
        this.codes = codes;
        this.values = values;
    }

    /** An unmodifiable copy in the source's iteration order; a {@code CodeMap} is returned as it is. */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> copyOf(Map<String, ? extends V> source) {
        if (source instanceof CodeMap<?>) {
            return (Map<String, V>) source;
        }
        String[] keys = new String[source.size()];
        Object[] values = new Object[source.size()];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : source.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new CodeMap<>(Codes.of(keys), values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return codes.indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = codes.indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(codes.names[i], (V) values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(codes.names[i], (V) values[i]);
                    }
                };
            }
        };
    }

    /**
     * Codes in order with an index to find each, shared: reports recognised from the same tables have
     * the same codes, so the few distinct sequences of a run are kept once (up to a bound, beyond which
     * a sequence is simply not shared).
     */
    private static final class Codes {
        private static final Map<List<String>, Codes> SHARED = new ConcurrentHashMap<>();
        private static final int MAX_SHARED = 1024;

        private final String[] names;
        /** Open addressing: each slot holds a name's index plus one, or 0. */
        private final int[] slots;

        private Codes(String[] names) {
            this.names = names;
            this.slots = new int[Math.max(4, Integer.highestOneBit(Math.max(1, names.length) * 2) * 2)];
            for (int i = 0; i < names.length; i++) {
                int s = slot(names[i]);
                if (slots[s] != 0) {
                    throw new IllegalArgumentException("code given twice: " + names[i]);
                }
                slots[s] = i + 1;
            }
        }

        static Codes of(String[] names) {
            List<String> key = Arrays.asList(names);
            Codes known = SHARED.get(key);
            if (known != null) {
                return known;
            }
            Codes made = new Codes(names);
            if (SHARED.size() < MAX_SHARED) {
                SHARED.putIfAbsent(key, made);
            }
            return made;
        }

        int indexOf(Object key) {
            return slots[slot(key)] - 1;
        }

        /** The slot of the key, or the empty slot where it would be. */
        private int slot(Object key) {
            int mask = slots.length - 1;
            int h = Objects.hashCode(key);
            int s = (h ^ h >>> 16) & mask;
            while (slots[s] != 0 && !Objects.equals(names[slots[s] - 1], key)) {
                s = (s + 1) & mask;
            }
            return s;
        }
    }
}

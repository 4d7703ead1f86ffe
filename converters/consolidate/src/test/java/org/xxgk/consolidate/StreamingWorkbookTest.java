package org.xxgk.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The unlocked buffer writes exactly what a {@link BufferedWriter} writes, whatever the mix of calls. */
class StreamingWorkbookTest {

    @Test
    void theUnlockedBufferWritesWhatABufferedWriterWrites() throws IOException {
        StringWriter expected = new StringWriter();
        StringWriter actual = new StringWriter();
        try (Writer plain = new BufferedWriter(expected); Writer fast = new StreamingWorkbook.UnlockedBufferedWriter(actual)) {
            Random random = new Random(7);
            for (int i = 0; i < 5_000; i++) {
                String s = "<c r=\"D" + i + "\" s=\"8\"><v>" + random.nextInt(1000) + "</v></c>表三".repeat(random.nextInt(3));
                switch (i % 100 == 99 ? 3 : random.nextInt(3)) {
                    case 0 -> {
                        plain.write(s);
                        fast.write(s);
                    }
                    case 1 -> {
                        plain.write(s.isEmpty() ? 'x' : s.charAt(0));
                        fast.write(s.isEmpty() ? 'x' : s.charAt(0));
                    }
                    case 2 -> {
                        plain.write(s.toCharArray(), 0, s.length());
                        fast.write(s.toCharArray(), 0, s.length());
                    }
                    default -> {
                        String big = s.repeat(3_000); // longer than the buffer: written through
                        plain.write(big, 1, big.length() - 1);
                        fast.write(big, 1, big.length() - 1);
                    }
                }
            }
        }
        assertEquals(expected.toString(), actual.toString());
    }
}

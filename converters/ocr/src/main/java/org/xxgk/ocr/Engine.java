package org.xxgk.ocr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Pointer;

import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance set up for one kind of cell: digits only, or Chinese text. Through tess4j's
 * interface mapping, which looks each C function up when first called: its direct mapping binds every
 * function of Tesseract 5.5 at once and fails on the 5.3 library of Debian 12. Not thread-safe: each
 * worker thread has its own.
 */
final class Engine implements AutoCloseable {

    /** What a cell holds, and so how the engine reads it. */
    enum Kind {
        /** A number: one line, digits, a decimal point and a minus sign only. */
        DIGITS,
        /** A label or a line of text: Chinese, digits and punctuation, over one or more lines. */
        TEXT,
        /** One line of text (a title, a signature). */
        LINE
    }

    /**
     * What the engine read.
     *
     * @param text       the text, lines joined by {@code \n}, trimmed
     * @param confidence the engine's confidence in the whole reading, 0 to 1 (the least sure symbol's)
     * @param symbols    each symbol read, with the engine's other readings of it
     */
    record Reading(String text, double confidence, List<Symbol> symbols) {
        static final Reading NOTHING = new Reading("", 0, List.of());
    }

    /**
     * One symbol: the engine's reading and its alternatives, best first, with their confidences (0 to 1).
     */
    record Symbol(String text, double confidence, List<String> alternatives) {
    }

    private final TessAPI api;
    private final TessBaseAPI handle;
    private final Kind kind;

    Engine(TessAPI api, String tessdata, String language, Kind kind) throws EngineException {
        this.api = api;
        this.kind = kind;
        handle = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(handle, tessdata, language, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new EngineException("init " + language + " in " + tessdata);
        }
        // Tesseract writes its own warnings (resolution, empty page) to stderr unless told otherwise.
        api.TessBaseAPISetVariable(handle, "debug_file", com.sun.jna.Platform.isWindows() ? "NUL" : "/dev/null");
        // Alternative readings of each symbol, for the repair of a digit that breaks a rule.
        api.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
        if (kind == Kind.DIGITS) {
            api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "0123456789.-");
            api.TessBaseAPISetVariable(handle, "classify_bln_numeric_mode", "1");
        }
        // Chinese labels carry no spaces; the engine would otherwise put one between most characters.
        api.TessBaseAPISetVariable(handle, "preserve_interword_spaces", "1");
        api.TessBaseAPISetPageSegMode(handle, switch (kind) {
            case DIGITS, LINE -> ITessAPI.TessPageSegMode.PSM_SINGLE_LINE;
            case TEXT -> ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK;
        });
    }

    Kind kind() {
        return kind;
    }

    /** Reads a greyscale image (dark text on light paper) at a resolution. */
    Reading read(Gray image, int dpi) {
        ByteBuffer buf = ByteBuffer.allocateDirect(image.px.length);
        buf.put(image.px).flip();
        api.TessBaseAPISetImage(handle, buf, image.width, image.height, 1, image.width);
        api.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            if (api.TessBaseAPIRecognize(handle, null) != 0) {
                return Reading.NOTHING;
            }
            return collect();
        } finally {
            api.TessBaseAPIClear(handle);
        }
    }

    private Reading collect() {
        TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return Reading.NOTHING;
        }
        List<Symbol> symbols = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double least = 1;
        try {
            int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
            do {
                Pointer p = api.TessResultIteratorGetUTF8Text(it, level);
                if (p == null) {
                    continue;
                }
                String s = p.getString(0, "UTF-8");
                api.TessDeleteText(p);
                if (!text.isEmpty() && api.TessPageIteratorIsAtBeginningOf(api.TessResultIteratorGetPageIterator(it),
                        ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    text.append('\n');
                }
                double conf = Math.max(0, Math.min(1, api.TessResultIteratorConfidence(it, level) / 100.0));
                least = Math.min(least, conf);
                symbols.add(new Symbol(s, conf, alternatives(it, s)));
                text.append(s);
            } while (api.TessResultIteratorNext(it, level) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return symbols.isEmpty() ? Reading.NOTHING : new Reading(text.toString().strip(), least, List.copyOf(symbols));
    }

    private List<String> alternatives(TessResultIterator it, String chosen) {
        ITessAPI.TessChoiceIterator ci = api.TessResultIteratorGetChoiceIterator(it);
        if (ci == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            do {
                String s = api.TessChoiceIteratorGetUTF8Text(ci);
                if (s != null && !s.equals(chosen) && !out.contains(s)) {
                    out.add(s);
                }
            } while (api.TessChoiceIteratorNext(ci) != 0);
        } finally {
            api.TessChoiceIteratorDelete(ci);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }

    /** The engine could not start: the library or a model is missing or unreadable. */
    static final class EngineException extends Exception {
        EngineException(String what) {
            super(what);
        }
    }
}

package org.xxgk.core.consolidate;

/**
 * A roster name and the report that answers to it.
 *
 * @param rosterName the name on the list
 * @param entry      the report's entry, or {@code null} when none answers (未报送)
 * @param kind       how the names met
 * @param score      the similarity, 1 for exact matches
 */
public record RosterMatch(String rosterName, Entry entry, Kind kind, double score) {

    /** How a roster name met an agency name; fuzzy matches are shown for a person to confirm. */
    public enum Kind {
        EXACT("完全一致"), NORMALISED("规范化后一致"), FUZZY("近似（请确认）"), NONE("未报送");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}

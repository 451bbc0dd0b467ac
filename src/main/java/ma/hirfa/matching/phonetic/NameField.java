package ma.hirfa.matching.phonetic;

/** One name field (a first name, or a family name) normalised: its words and their phonetic keys. */
record NameField(String[] words, String[] skeletons) {

    static final NameField EMPTY = new NameField(new String[0], new String[0]);

    boolean isEmpty() {
        return words.length == 0;
    }
}

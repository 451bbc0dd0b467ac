package ma.hirfa.reference;

import ma.hirfa.platform.Language;

/** A name in Hirfa's three languages; a missing Tamazight name falls back to French. */
public record Names(String fr, String ar, String zgh) {

    public String in(Language language) {
        return switch (language) {
            case AR -> ar;
            case FR -> fr;
            case ZGH -> zgh == null || zgh.isBlank() ? fr : zgh;
        };
    }
}

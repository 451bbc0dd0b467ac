package ma.hirfa.matching.phonetic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the normalisation of each distinct name field during a batch: a million rows hold a few
 * thousand distinct first names and a few hundred thousand family names, so most fields are normalised once
 * and their words and keys shared between records. Thread-safe; drop it with the batch.
 */
public final class NameCache {

    private final Map<String, NameField> arabic = new ConcurrentHashMap<>();
    private final Map<String, NameField> latin = new ConcurrentHashMap<>();

    NameField arabic(String field) {
        return arabic.computeIfAbsent(field, PhoneticNames::arabicField);
    }

    NameField latin(String field) {
        return latin.computeIfAbsent(field, PhoneticNames::latinField);
    }
}

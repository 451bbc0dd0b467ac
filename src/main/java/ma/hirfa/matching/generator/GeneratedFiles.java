package ma.hirfa.matching.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the generator's rows as {@code OUT.csv} (the 11 columns of gen_artisans.py) and {@code
 * OUT.csv.truth.csv} ({@code id,duplicate_of}: each row that repeats an earlier person, with that person's
 * first row). The linking profile's truth also names each repeat's category of difficulty and each namesake
 * ({@code id,duplicate_of,category,namesake_of}; a namesake has no {@code duplicate_of}).
 */
public final class GeneratedFiles {

    public static final String[] HEADER = {
        "id",
        "national_id",
        "first_name_ar",
        "last_name_ar",
        "first_name_lat",
        "last_name_lat",
        "birth_date",
        "province_code",
        "craft_code",
        "phone",
        "registration_date"
    };

    private GeneratedFiles() {}

    public static Path truthOf(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".truth.csv");
    }

    /** Writes {@code rows} rows; returns the number of duplicate rows. */
    public static long write(Path csv, long rows, long seed, ArtisanGenerator.Profile profile) throws IOException {
        long[] duplicates = {0};
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (Writer data = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                Writer truth = Files.newBufferedWriter(truthOf(csv), StandardCharsets.UTF_8);
                CSVPrinter dataCsv = new CSVPrinter(data, format);
                CSVPrinter truthCsv = new CSVPrinter(truth, format)) {
            dataCsv.printRecord((Object[]) HEADER);
            boolean categories = profile == ArtisanGenerator.Profile.LINKING;
            if (categories) {
                truthCsv.printRecord("id", "duplicate_of", "category", "namesake_of");
            } else {
                truthCsv.printRecord("id", "duplicate_of");
            }
            IOException[] failure = {null};
            new ArtisanGenerator(seed, profile).generate(rows, row -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    dataCsv.printRecord(
                            row.id(),
                            text(row.nationalId()),
                            text(row.firstNameAr()),
                            text(row.lastNameAr()),
                            text(row.firstNameLat()),
                            text(row.lastNameLat()),
                            date(row.birthDate()),
                            text(row.provinceCode()),
                            row.craftCode(),
                            text(row.phone()),
                            date(row.registrationDate()));
                    if (categories && row.category() != null) {
                        truthCsv.printRecord(
                                row.id(),
                                row.duplicateOf() == 0 ? "" : row.duplicateOf(),
                                row.category(),
                                row.namesakeOf() == 0 ? "" : row.namesakeOf());
                    } else if (row.duplicateOf() != 0) {
                        truthCsv.printRecord(row.id(), row.duplicateOf());
                    }
                    if (row.duplicateOf() != 0) {
                        duplicates[0]++;
                    }
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return duplicates[0];
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}

package ma.hirfa.registry.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.NationalId;
import ma.hirfa.platform.PhoneNumber;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.transfer.ImportDates;
import ma.hirfa.platform.transfer.ImportRow;
import ma.hirfa.platform.transfer.RowCheck;
import ma.hirfa.platform.transfer.RowProblem;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.Region;
import ma.hirfa.registry.artisan.ArtisanForm;
import ma.hirfa.registry.artisan.ArtisanRules;

/**
 * The register's rules applied to one imported row, with the same patterns and messages as the form
 * ({@link ArtisanForm}, {@link ArtisanRules}), but with reference data loaded once per job instead of one
 * query per row. Experience and category are not in legacy lists: the draft is completed before submission.
 */
final class ArtisanImportChecks {

    private static final Pattern NAME = Pattern.compile(ArtisanForm.NAME);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final Map<String, String> regionOfProvince;
    private final Map<String, String> provinceOfCommune;
    private final Set<String> crafts;
    private final int minimumAge;
    private final LocalDate today;
    private final RegionScope scope;
    private final Map<String, Boolean> validPrefixes = new HashMap<>();
    /** Reused for every name: a session checks its rows on one thread (the import's reader), one at a time. */
    private final Matcher name = NAME.matcher("");

    private ArtisanImportChecks(
            Map<String, String> regionOfProvince,
            Map<String, String> provinceOfCommune,
            Set<String> crafts,
            int minimumAge,
            LocalDate today,
            RegionScope scope) {
        this.regionOfProvince = regionOfProvince;
        this.provinceOfCommune = provinceOfCommune;
        this.crafts = crafts;
        this.minimumAge = minimumAge;
        this.today = today;
        this.scope = scope;
    }

    static ArtisanImportChecks load(ReferenceData reference, int minimumAge, Clock clock, RegionScope scope) {
        Map<String, String> provinces = new HashMap<>();
        Map<String, String> communes = new HashMap<>();
        for (Region region : reference.regions()) {
            for (Province p : reference.provinces(region.code())) {
                provinces.put(p.code(), p.regionCode());
                for (Commune c : reference.communes(p.code())) {
                    communes.put(c.code(), c.provinceCode());
                }
            }
        }
        Set<String> crafts = new HashSet<>();
        reference.crafts().forEach(c -> crafts.add(c.code()));
        return new ArtisanImportChecks(
                provinces, communes, crafts, minimumAge, LocalDate.now(clock.withZone(ArtisanRules.MOROCCO)), scope);
    }

    static ArtisanImportChecks of(
            Map<String, String> regionOfProvince,
            Map<String, String> provinceOfCommune,
            Set<String> crafts,
            int minimumAge,
            LocalDate today,
            RegionScope scope) {
        return new ArtisanImportChecks(regionOfProvince, provinceOfCommune, crafts, minimumAge, today, scope);
    }

    RowCheck<ImportedArtisan> check(ImportRow row) {
        List<RowProblem> problems = new ArrayList<>();
        String nationalId = row.get("national_id");
        if (nationalId == null) {
            problems.add(RowProblem.of("national_id", "transfer.row.required", "national_id"));
        } else {
            nationalId = NationalId.normalise(nationalId);
            if (!NationalId.isValid(nationalId)) {
                problems.add(RowProblem.of("national_id", "registry.artisan.nationalId.invalid"));
            }
        }
        String firstAr = name(row, "first_name_ar", problems);
        String lastAr = name(row, "last_name_ar", problems);
        String firstLat = name(row, "first_name_lat", problems);
        String lastLat = name(row, "last_name_lat", problems);
        if (!(firstAr != null && lastAr != null) && !(firstLat != null && lastLat != null)) {
            problems.add(RowProblem.of("", "registry.artisan.name.required"));
        }
        String sex = sex(row.get("sex"), problems);
        LocalDate birth = birthDate(row.get("birth_date"), problems);
        String phone = phone(row.get("phone"));
        if (phone != null && !PhoneNumber.isE164(phone)) {
            problems.add(RowProblem.of("phone", "registry.artisan.phone.invalid"));
        }
        String province = row.get("province_code");
        String region = province == null ? null : regionOfProvince.get(province);
        if (province == null) {
            problems.add(RowProblem.of("province_code", "transfer.row.required", "province_code"));
        } else if (region == null) {
            problems.add(RowProblem.of("province_code", "registry.artisan.province.unknown"));
        } else if (!scope.covers(region)) {
            problems.add(RowProblem.of("province_code", "registry.artisan.province.outOfRegion"));
        }
        String commune = row.get("commune_code");
        if (commune != null && (province == null || !province.equals(provinceOfCommune.get(commune)))) {
            problems.add(RowProblem.of("commune_code", "registry.artisan.commune.unknown"));
        }
        String craft = row.get("craft_code");
        if (craft != null && !crafts.contains(craft)) {
            problems.add(RowProblem.of("craft_code", "registry.artisan.craft.unknown"));
        }
        if (!problems.isEmpty()) {
            return RowCheck.invalid(problems);
        }
        return RowCheck.valid(
                new ImportedArtisan(
                        nationalId,
                        firstAr,
                        lastAr,
                        firstLat,
                        lastLat,
                        sex,
                        birth,
                        phone,
                        region,
                        province,
                        commune,
                        craft,
                        false,
                        null),
                nationalId);
    }

    private String name(ImportRow row, String column, List<RowProblem> problems) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        v = collapseSpaces(v);
        if (v.length() > 80 || !name.reset(v).matches()) {
            problems.add(RowProblem.of(column, "registry.artisan.name.invalid"));
        }
        return v;
    }

    private static String collapseSpaces(String v) {
        if (singleSpaced(v)) {
            return v;
        }
        StringBuilder out = new StringBuilder(v.length());
        boolean space = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the name has no whitespace but single spaces between words (most names: nothing to copy). */
    private static boolean singleSpaced(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == v.length() - 1 || v.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The platform's phone rule ({@link PhoneNumber}, libphonenumber), memoised for the common
     * national form 0XXXXXXXXX: Moroccan numbers have 9 national digits and libphonenumber's metadata decides
     * their validity on the leading digits, so the answer for the first five digits holds for all numbers
     * sharing them. Parsing each of a million numbers would cost more than the rest of the row.
     */
    private String phone(String raw) {
        if (raw != null && raw.length() == 10 && raw.charAt(0) == '0' && allDigits(raw)) {
            boolean valid = validPrefixes.computeIfAbsent(
                    raw.substring(0, 5), prefix -> PhoneNumber.normalise(raw).startsWith("+212"));
            return valid ? "+212" + raw.substring(1) : raw;
        }
        return PhoneNumber.normalise(raw);
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** M or F; also the words legacy lists use in French and Arabic. Missing: completed on the draft. */
    private static String sex(String v, List<RowProblem> problems) {
        if (v == null) {
            return null;
        }
        return switch (v.strip().toUpperCase(Locale.ROOT)) {
            case "M", "H", "HOMME", "MASCULIN", "MALE", "ذكر", "ذ" -> "M";
            case "F", "FEMME", "FÉMININ", "FEMININ", "FEMALE", "أنثى", "انثى", "أ" -> "F";
            default -> {
                problems.add(RowProblem.of("sex", "registry.import.sex.invalid"));
                yield null;
            }
        };
    }

    private LocalDate birthDate(String v, List<RowProblem> problems) {
        if (v == null) {
            return null;
        }
        LocalDate date = ImportDates.parse(v).orElse(null);
        if (date == null) {
            problems.add(RowProblem.of("birth_date", "transfer.row.date", v));
        } else if (date.isBefore(EARLIEST_BIRTH) || date.isAfter(today)) {
            problems.add(RowProblem.of("birth_date", "registry.artisan.birthDate.implausible"));
        } else if (Period.between(date, today).getYears() < minimumAge) {
            problems.add(RowProblem.of("birth_date", "registry.artisan.birthDate.tooYoung"));
        }
        return date;
    }
}

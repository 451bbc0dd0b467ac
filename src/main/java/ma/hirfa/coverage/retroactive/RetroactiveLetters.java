package ma.hirfa.coverage.retroactive;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.coverage.file.CoverageFiles;
import ma.hirfa.platform.Documents;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.reference.ReferenceData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letter (PDF, Arabic, French and Tamazight) asking the fund to reimburse an artisan, and the batch CSV.
 * The letter carries its addressee, a reference, the date and the signatory; numbers and months inside the
 * Arabic text are isolated left to right so they read as in French ({@code 2024-04}).
 */
@Component
class RetroactiveLetters {

    static final List<String> BATCH_HEADER = List.of(
            "claim_id",
            "fund_reference",
            "national_id",
            "fund_number",
            "artisan_name",
            "province_code",
            "craft_code",
            "care_date",
            "filed_on",
            "decided_on",
            "amount_claimed",
            "entitled_on_care_date",
            "fund_view_on_decision",
            "policy");

    private final OwedClaims owed;
    private final Documents documents;
    private final MessageSource messages;
    private final ReferenceData reference;
    private final CoverageFiles files;
    private final CoverageAccess access;

    RetroactiveLetters(
            OwedClaims owed,
            Documents documents,
            MessageSource messages,
            ReferenceData reference,
            CoverageFiles files,
            CoverageAccess access) {
        this.owed = owed;
        this.documents = documents;
        this.messages = messages;
        this.reference = reference;
        this.files = files;
        this.access = access;
    }

    byte[] letter(long artisanId) {
        access.artisan(artisanId);
        List<OwedClaim> claims = owed.owed(null).stream()
                .filter(o -> o.claim().artisanId() == artisanId)
                .toList();
        if (claims.isEmpty()) {
            throw Refusal.notFound("OwedClaims", artisanId);
        }
        OwedClaim first = claims.get(0);
        String total = OwedClaims.total(claims).toPlainString();
        LocalDate today = files.today();
        Map<String, Object> model = new HashMap<>();
        model.put("claims", claims);
        model.put("date", today);
        model.put("reference", reference(claims, today));
        model.put("name", first.artisanName());
        model.put("nationalId", first.nationalId() == null ? "—" : first.nationalId());
        model.put("fundNumber", first.fundNumber() == null ? "—" : first.fundNumber());
        for (Language language : Language.values()) {
            Map<String, String> text = new HashMap<>();
            Locale locale = language.locale();
            text.put("title", messages.getMessage("coverage.letter.title", null, locale));
            text.put("chamber", messages.getMessage("coverage.letter.chamber", null, locale));
            text.put(
                    "body",
                    messages.getMessage(
                            "coverage.letter.body",
                            new Object[] {first.artisanName(), Integer.toString(claims.size()), total},
                            locale));
            text.put(
                    "policy",
                    messages.getMessage(
                            "coverage.letter.policy." + first.assessment().policy(), null, locale));
            text.put("request", messages.getMessage("coverage.letter.request", null, locale));
            String province = reference.provinceName(first.claim().provinceCode(), language);
            text.put("province", province);
            text.put("addressee", messages.getMessage("coverage.letter.addressee", null, locale));
            text.put("reference", messages.getMessage("coverage.letter.reference", null, locale));
            text.put("dated", messages.getMessage("coverage.letter.dated", new Object[] {province}, locale));
            if (language == Language.AR) {
                text.replaceAll((key, value) -> Documents.isolateNumbers(value));
            }
            model.put(language.code(), text);
            model.put("sign" + language.code(), documents.signatory(locale));
        }
        Map<String, String> labels = new HashMap<>();
        for (String key : List.of("careDate", "amountClaimed", "decidedOn", "entitled", "fund")) {
            labels.put(
                    key,
                    messages.getMessage("coverage.letter." + key, null, Language.AR.locale()) + " / "
                            + messages.getMessage("coverage.letter." + key, null, Language.FR.locale()));
        }
        model.put("labels", labels);
        model.put(
                "explanations",
                claims.stream()
                        .map(o -> new String[] {
                            Documents.isolateNumbers(
                                    text(o.assessment().entitledOnCareDate().explanation(), Language.AR)),
                            text(o.assessment().entitledOnCareDate().explanation(), Language.FR),
                            Documents.isolateNumbers(
                                    text(o.assessment().fundOnDecision().explanation(), Language.AR)),
                            text(o.assessment().fundOnDecision().explanation(), Language.FR)
                        })
                        .toList());
        return documents.pdf("coverage/letter", model, Language.AR.locale());
    }

    /**
     * The letter's reference, the same each time the same claims are printed in a year: the first claim's
     * id under the region and the year, e.g. {@code RR-08-2026-000042}.
     */
    static String reference(List<OwedClaim> claims, LocalDate date) {
        OwedClaim first = claims.stream()
                .min(Comparator.comparingLong(o -> o.claim().id()))
                .orElseThrow();
        return "RR-%s-%d-%06d"
                .formatted(
                        first.claim().regionCode(),
                        date.getYear(),
                        first.claim().id());
    }

    String batch() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(BATCH_HEADER.toArray(String[]::new))
                        .get())) {
            for (OwedClaim o : owed.owed(null)) {
                csv.printRecord(
                        o.claim().id(),
                        o.claim().fundReference(),
                        o.nationalId(),
                        o.fundNumber(),
                        o.artisanName(),
                        o.claim().provinceCode(),
                        o.claim().craftCode(),
                        o.claim().careDate(),
                        o.claim().filedOn(),
                        o.claim().decidedOn(),
                        o.claim().amountClaimed().toPlainString(),
                        o.assessment().entitledOnCareDate().status(),
                        o.assessment().fundOnDecision().status(),
                        o.assessment().policy());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String text(ma.hirfa.coverage.rights.Explanation e, Language language) {
        return messages.getMessage(e.key(), e.arguments(), language.locale());
    }
}

package ma.hirfa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The message keys that templates and code build at run time ({@code 'registry.artisan.status.' + ${a.status()}}):
 * which enum fills each prefix, so every constant must have its key, and which prefixes are filled from something
 * else. Enums are found by simple name under {@code src/main/java}, so moving one to another package keeps the
 * test working; an enum name that two modules use carries its module ({@code training:EnrolmentStatus}).
 */
final class TranslatedEnums {

    static final Map<String, String> ENUMS = Map.ofEntries(
            Map.entry("apprenticeship.level.", "TrainingLevel"),
            Map.entry("infrastructure.unit.status.", "infrastructure:UnitStatus"),
            Map.entry("infrastructure.unit.type.", "infrastructure:UnitType"),
            Map.entry("infrastructure.lease.status.", "infrastructure:LeaseStatus"),
            Map.entry("infrastructure.lease.reason.", "infrastructure:TerminationReason"),
            Map.entry("infrastructure.lease.filter.", "infrastructure:LeaseFilter"),
            Map.entry("apprenticeship.result.", "AssessmentResult"),
            Map.entry("apprenticeship.status.", "ContractStatus"),
            Map.entry("calls.appeal.outcome.", "Appeal.Outcome"),
            Map.entry("calls.criterion.", "CriterionCode"),
            Map.entry("calls.status.", "CallStatus"),
            Map.entry("coverage.decision.", "ClaimDecision"),
            Map.entry("coverage.fund.kind.", "FundFileKind"),
            Map.entry("coverage.fund.outcome.", "LineStatus"),
            Map.entry("coverage.letter.policy.", "RetroactivePolicy"),
            Map.entry("coverage.reason.", "RejectionReason"),
            Map.entry("coverage.regime.", "Regime"),
            Map.entry("coverage.relation.", "Relation"),
            Map.entry("coverage.retroactive.case.", "CaseStatus"),
            Map.entry("coverage.rights.status.", "RightsStatus"),
            Map.entry("infrastructure.complex.status.", "ComplexStatus"),
            Map.entry("infrastructure.disbursement.aboveLine.", "DisbursementKind"),
            Map.entry("infrastructure.disbursement.kind.", "DisbursementKind"),
            Map.entry("infrastructure.funding.source.", "FundingSource"),
            Map.entry("matching.band.", "MatchBand"),
            Map.entry("matching.reason.", "MatchReason"),
            Map.entry("platform.audit.action.", "AuditAction"),
            Map.entry("platform.language.", "Language"),
            Map.entry("platform.role.", "Role"),
            Map.entry("registry.artisan.basis.", "QualificationBasis"),
            Map.entry("registry.artisan.category.", "Category"),
            Map.entry("registry.artisan.sex.", "Sex"),
            Map.entry("registry.artisan.status.", "ArtisanStatus"),
            Map.entry("registry.artisan.tax.", "TaxStatus"),
            Map.entry("registry.consent.purpose.", "ConsentPurpose"),
            Map.entry("registry.document.kind.", "SupportingDocumentKind"),
            Map.entry("registry.organisation.done.", "Transition"),
            Map.entry("registry.organisation.kind.", "OrganisationKind"),
            Map.entry("registry.organisation.role.", "MemberRole"),
            Map.entry("registry.organisation.status.", "OrganisationStatus"),
            Map.entry("registry.request.kind.", "ArtisanRequests.Kind"),
            Map.entry("registry.verify.status.", "CardStatus"),
            Map.entry("registry.workflow.action.", "Transition"),
            Map.entry("registry.workflow.done.", "Transition"),
            Map.entry("training.certificate.kind.", "CertificateKind"),
            Map.entry("training.certificate.status.", "CertificateStatus"),
            Map.entry("training.enrolment.status.", "training:EnrolmentStatus"),
            Map.entry("training.programme.type.", "ProgrammeType"),
            Map.entry("training.reports.by.", "ReportDimension"),
            Map.entry("vae.member.kind.", "MemberKind"),
            Map.entry("vae.outcome.", "Outcome"),
            Map.entry("vae.status.", "ApplicationStatus"));

    /** Prefixes filled from strings, not enums; their keys are checked where the strings are listed. */
    static final Set<String> NOT_ENUMS = Set.of(
            "calls.step.", // the steps of a call, from the page's address (CallController.step)
            "coverage.fund.flag.", // reconciliation flags written by the fund rules
            "coverage.letter.", // labels of the retroactive letter
            "coverage.parameters.name.", // rows of cov_parameter
            "infrastructure.brief.", // labels of the funding brief PDF (ProjectBriefs.LABELS)
            "platform.problem.", // titles of a Refusal's kinds, hyphenated lower case (ApiRefusalsTest reads each)
            "platform.verify.", // labels of the public verification page
            "platform.verify.status.", // statuses each VerificationSource answers
            "reference.crafts.category.", // categories of an imported nomenclature
            "registry.duplicate.scan.phase.", // phases stored with a scan
            "registry.duplicate.scan.state.", // states stored with a scan
            "registry.field.", // form field names of a correction request
            "training.certificate.pdf.", // labels of the certificate PDF
            "training.reports.age.", // age bands of the training report
            "transfer.column.", // column ids of the import kinds (ImportColumn.labelKey)
            "transfer.outcome.", // outcomes of an import line
            "transfer.status.", // states stored with an import job
            "vae.", // a file name in a download header, not a key
            "vae.conflict.", // conflict reasons of a jury member
            "vae.eligibility.", // eligibility rule names
            "vae.generic.", // numbered generic texts
            "vae.report.column."); // column names of the VAE report

    private static final Path JAVA = Path.of("src/main/java");

    private TranslatedEnums() {}

    /** Every key an enum-filled prefix can produce, as the views build it (constant name, or lower case). */
    static Set<String> keys(Set<String> known) {
        Set<String> keys = new TreeSet<>();
        ENUMS.forEach((prefix, type) -> {
            for (Object constant : constants(type)) {
                String name = ((Enum<?>) constant).name();
                // Some views write the lower-case code (platform.language.ar, training.reports.by.craft).
                keys.add(known.contains(prefix + name.toLowerCase()) ? prefix + name.toLowerCase() : prefix + name);
            }
        });
        return keys;
    }

    static Object[] constants(String type) {
        String module = type.contains(":") ? type.substring(0, type.indexOf(':')) : "";
        String name = type.substring(type.indexOf(':') + 1);
        String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        List<String> found;
        try (Stream<Path> sources = Files.walk(JAVA.resolve("ma/hirfa").resolve(module))) {
            found = sources.filter(p -> p.getFileName().toString().equals(outer + ".java"))
                    .map(p -> JAVA.relativize(p).toString().replace(".java", "").replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException(type + " names " + found.size() + " enums: " + found);
        }
        String binary = found.get(0) + (name.contains(".") ? "$" + name.substring(name.indexOf('.') + 1) : "");
        try {
            Object[] constants = Class.forName(binary).getEnumConstants();
            if (constants == null) {
                throw new IllegalStateException(binary + " is not an enum");
            }
            return constants;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Function<String, Boolean> isDeclared() {
        return prefix -> ENUMS.containsKey(prefix) || NOT_ENUMS.contains(prefix);
    }
}

package ma.hirfa.coverage.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import ma.hirfa.coverage.rights.Rights;
import ma.hirfa.coverage.rights.RightsBasis;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/coverage/artisans/{id}")
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
@Tag(
        name = "Coverage (AMO)",
        description = "Health-related data: coverage officers of the artisan's region and administrators only;"
                + " every read is audited. Other roles get 403, artisans of another region 404.")
class CoverageApiController {

    private final CoverageFiles files;
    private final CoverageRights rights;
    private final MessageSource messages;

    CoverageApiController(CoverageFiles files, CoverageRights rights, MessageSource messages) {
        this.files = files;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/enrolment")
    @Operation(summary = "The artisan's enrolment with the fund; 404 when not enrolled")
    Enrolment enrolment(@PathVariable long id) {
        return files.enrolment(id).orElseThrow(() -> ma.hirfa.platform.Refusal.notFound("Enrolment", id));
    }

    @PutMapping("/enrolment")
    @Operation(
            summary = "Enrol the artisan or correct the enrolment",
            description = "Body {regime: CPU|ACCOUNTS|UNTAXED|AUTO_ENTREPRENEUR, enrolledOn, fundNumber,"
                    + " status: ACTIVE|ENDED, beneficiaries: [{relation: SPOUSE|CHILD, fullName, birthDate}]};"
                    + " without beneficiaries the recorded ones are kept (see .../beneficiaries to add or remove one)."
                    + " 201 when created, 200 when corrected; 400 with translated field errors (date in the"
                    + " future, fund number of another artisan).")
    ResponseEntity<Enrolment> enrol(@PathVariable long id, @RequestBody EnrolmentRequest request) {
        boolean created = files.enrol(id, request);
        Enrolment saved = files.enrolment(id).orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved);
    }

    @GetMapping("/contributions")
    @Operation(summary = "The artisan's contributions, oldest month first")
    List<ContributionResponse> contributions(@PathVariable long id) {
        return files.contributions(id).stream()
                .map(c -> ContributionResponse.of(c, false, List.of()))
                .toList();
    }

    @PostMapping("/contributions")
    @Operation(
            summary = "Record a month's contribution",
            description = "Body {month: \"2024-01\", amount, paidOn, recordedOn}. 201 when recorded; 200 when the"
                    + " same month is already recorded with the same values (nothing changes); 409 with the"
                    + " existing record when it differs. 400 for a month or date in the future, an amount ≤ 0,"
                    + " recordedOn before paidOn, an artisan not enrolled. An amount other than the regime's"
                    + " parameter is recorded with a warning.")
    ResponseEntity<ContributionResponse> contribute(
            @PathVariable long id, @RequestBody ContributionRequest request, Locale locale) {
        ContributionOutcome outcome = files.contribute(id, request, ContributionSource.API);
        List<String> warnings = outcome.warnings().stream()
                .map(w -> messages.getMessage(w.key(), w.arguments(), locale))
                .toList();
        ContributionResponse body = ContributionResponse.of(outcome.contribution(), outcome.created(), warnings);
        if (outcome.created()) {
            return ResponseEntity.created(URI.create("/api/v1/coverage/artisans/" + id + "/contributions"))
                    .body(body);
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/rights")
    @Operation(
            summary = "The artisan's rights for a month",
            description = "status NOT_ENROLLED, WAITING, SUSPENDED or OPEN with an explanation in plain words."
                    + " basis ENTITLED counts a month paid from the day the artisan paid; FUND from the day the"
                    + " fund recorded it. month defaults to the current month, asOf to today.")
    RightsResponse rights(
            @PathVariable long id,
            @Parameter(description = "YYYY-MM") @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "ENTITLED") RightsBasis basis,
            Locale locale) {
        LocalDate date = asOf == null ? files.today() : asOf;
        YearMonth m = month == null ? YearMonth.from(date) : month;
        Rights r = rights.rights(id, m, date, basis);
        return new RightsResponse(
                m.toString(),
                r.status(),
                messages.getMessage(r.explanation().key(), r.explanation().arguments(), locale),
                basis,
                date);
    }

    @GetMapping("/claims")
    @Operation(summary = "The artisan's claim files, most recent care first")
    List<ClaimResponse> claims(@PathVariable long id) {
        return files.claims(id).stream().map(ClaimResponse::of).toList();
    }

    @PostMapping("/claims")
    @Operation(
            summary = "Record a claim file and, when known, the fund's decision",
            description = "Body {careDate, filedOn, amountClaimed, decision: PENDING|REIMBURSED|REJECTED,"
                    + " decidedOn, rejectionReason: RIGHTS|DOCUMENTS|DEADLINE|OTHER, amountReimbursed,"
                    + " fundReference}. 201 with the id. 400 for care before the enrolment, dates in the future,"
                    + " a rejection without reason, an amount ≤ 0.")
    ResponseEntity<ClaimResponse> fileClaim(@PathVariable long id, @RequestBody ClaimRequest request) {
        long claimId = files.fileClaim(id, request);
        return ResponseEntity.created(URI.create("/api/v1/coverage/artisans/" + id + "/claims/" + claimId))
                .body(ClaimResponse.of(files.claim(claimId)));
    }
}

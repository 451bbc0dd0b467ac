package ma.hirfa.training.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.training.session.TrainingRequests.AssessmentRequest;
import ma.hirfa.training.session.TrainingRequests.AttendanceRequest;
import ma.hirfa.training.session.TrainingRequests.CertificatesIssued;
import ma.hirfa.training.session.TrainingRequests.EnrolmentRequest;
import ma.hirfa.training.session.TrainingRequests.EnrolmentResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training/sessions/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Training: enrolment, attendance, certificates of a session")
class SessionApiController {

    private final Sessions sessions;
    private final Enrolments enrolments;
    private final AttendanceSheets attendance;
    private final SessionCertificates certificates;
    private final RegisteredArtisans artisans;

    SessionApiController(
            Sessions sessions,
            Enrolments enrolments,
            AttendanceSheets attendance,
            SessionCertificates certificates,
            RegisteredArtisans artisans) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.certificates = certificates;
        this.artisans = artisans;
    }

    @GetMapping("/enrolments")
    @Operation(summary = "Trainees, waiting list and withdrawals, with days present, completion and certificate")
    List<EnrolmentView> enrolments(@PathVariable long id, Locale locale) {
        return enrolments.list(id, Language.of(locale));
    }

    @PostMapping("/enrolments")
    @Operation(
            summary = "Enrol a registered artisan (artisanId, or reference: national id or registration number)",
            description = "200 with status ENROLLED, or WAITING when the session is full and keeps a waiting list."
                    + " 409 when the artisan is not registered (suspended, struck off...), the programme does not"
                    + " concern the artisan's craft, the artisan is already enrolled or in a session on overlapping"
                    + " days, or the session is full without waiting list; 404 for an unknown artisan or one of"
                    + " another region.")
    EnrolmentResponse enrol(@PathVariable long id, @RequestBody EnrolmentRequest request) {
        long artisanId = resolve(request);
        return new EnrolmentResponse(id, artisanId, enrolments.enrol(id, artisanId));
    }

    @PostMapping("/enrolments/{enrolmentId}/withdrawal")
    @Operation(summary = "Withdraw a trainee; the first on the waiting list takes the freed seat")
    List<EnrolmentView> withdraw(@PathVariable long id, @PathVariable long enrolmentId, Locale locale) {
        enrolments.withdraw(id, enrolmentId);
        return enrolments.list(id, Language.of(locale));
    }

    @PostMapping("/enrolments/{enrolmentId}/assessment")
    @Operation(summary = "Record the result of the programme's assessment for a trainee")
    List<EnrolmentView> assess(
            @PathVariable long id,
            @PathVariable long enrolmentId,
            @Valid @RequestBody AssessmentRequest request,
            Locale locale) {
        enrolments.assess(id, enrolmentId, request.passed());
        return enrolments.list(id, Language.of(locale));
    }

    @GetMapping("/attendance")
    @Operation(summary = "The attendance sheet of one day (yyyy-MM-dd); 400 for a day outside the session")
    List<AttendanceLine> sheet(@PathVariable long id, @RequestParam java.time.LocalDate day) {
        return attendance.sheet(sessions.get(id), day);
    }

    @PostMapping("/attendance")
    @Operation(
            summary = "Record the attendance of one day",
            description = "present: enrolment ids of the trainees present; every other trainee is recorded absent."
                    + " 400 for a day outside the session or an id that is not a trainee of it; nothing is written.")
    List<AttendanceLine> record(@PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
        TrainingSession session = sessions.get(id);
        attendance.record(
                session, request.day(), new HashSet<>(request.present() == null ? List.of() : request.present()));
        return attendance.sheet(session, request.day());
    }

    @PostMapping("/certificates")
    @Operation(summary = "Issue certificates to every trainee who completed the session and has none yet")
    CertificatesIssued issue(@PathVariable long id) {
        SessionCertificates.Outcome outcome = certificates.issue(id);
        return new CertificatesIssued(outcome.issued(), outcome.notRegistered());
    }

    @GetMapping(value = "/certificates.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Every certificate of the session in one PDF, one page each (english=true adds English)")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        return Download.inline(
                "session-" + id + "-certificates.pdf", MediaType.APPLICATION_PDF, certificates.pdf(id, english));
    }

    private long resolve(EnrolmentRequest request) {
        if (request.artisanId() != null) {
            return request.artisanId();
        }
        return artisans.findByReference(request.reference())
                .map(ArtisanSummary::id)
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "training.enrolment.unknownArtisan"));
    }
}

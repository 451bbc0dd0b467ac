package ma.hirfa.calls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.PageSpec;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calls")
@Tag(
        name = "Calls for applications",
        description = "Calls with a published grid, applications, the committee's declarations and scores, the"
                + " ranking, publication and appeals; region-scoped (artisans: open calls and their own application)")
class CallApiController {

    private final Calls calls;
    private final Committee committee;
    private final Results results;
    private final Appeals appeals;
    private final CallResults finalResults;
    private final CallViews views;
    private final CurrentUsers users;
    private final MessageSource messages;

    CallApiController(
            Calls calls,
            Committee committee,
            Results results,
            Appeals appeals,
            CallResults finalResults,
            CallViews views,
            CurrentUsers users,
            MessageSource messages) {
        this.calls = calls;
        this.committee = committee;
        this.results = results;
        this.appeals = appeals;
        this.finalResults = finalResults;
        this.views = views;
        this.users = users;
        this.messages = messages;
    }

    record Ranking(String tieBreak, String status, List<CallViews.StandingView> standings) {}

    @GetMapping
    @Operation(
            summary = "Calls the caller may see, latest closing date first, 100 a page",
            description = "the total count is in the X-Total-Count header")
    ResponseEntity<List<CallViews.CallView>> list(@RequestParam(defaultValue = "0") int page, Locale locale) {
        return calls.search(CallRepository.SORTS.resolve(null, null), new PageSpec(page, PageSpec.MAX_SIZE))
                .map(c -> views.call(c, locale))
                .toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A call with its grid and offered items")
    CallViews.CallView get(@PathVariable long id, Locale locale) {
        return views.call(calls.get(id), locale);
    }

    @PostMapping
    @Operation(
            summary = "Draft a call (kind and owner of the offering module, items, dates, appeals window)",
            description = "without a grid, the default grid of issue 14; national users give regionCode")
    ResponseEntity<CallViews.CallView> create(@Valid @RequestBody NewCall request, Locale locale) {
        long id = calls.create(request);
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id)).body(views.call(calls.get(id), locale));
    }

    @PutMapping("/{id}/grid")
    @Operation(summary = "Replace the grid's weights and maximum scores while the call is a draft")
    CallViews.CallView grid(@PathVariable long id, @RequestBody List<@Valid GridCriterion> grid, Locale locale) {
        return after(() -> calls.editGrid(id, grid), id, locale);
    }

    @PostMapping("/{id}/opening")
    @Operation(summary = "Open the call (publishes its grid); applications are taken between its dates")
    CallViews.CallView open(@PathVariable long id, Locale locale) {
        return after(() -> calls.open(id), id, locale);
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close the call to applications, from its closing day on")
    CallViews.CallView close(@PathVariable long id, Locale locale) {
        return after(() -> calls.close(id), id, locale);
    }

    @GetMapping("/{id}/applications")
    @Operation(summary = "The applications with their standing (an artisan: their own, once results are published)")
    List<CallViews.StandingView> applications(@PathVariable long id) {
        return results.standings(id).stream().map(views::standing).toList();
    }

    @PostMapping("/{id}/applications")
    @Operation(
            summary = "Apply: staff for an artisan or organisation (applicantKind, applicantId), an artisan for"
                    + " themselves; preferences are offered item refs, first choice first",
            description = "409 before opening, after closing or for a second application; 400 with the reasons"
                    + " for an ineligible applicant")
    ResponseEntity<CallViews.StandingView> apply(
            @PathVariable long id, @Valid @RequestBody ApplicationRequest request) {
        long applicationId;
        if (users.current().role() == Role.ARTISAN) {
            applicationId = calls.applyOwn(id, request.preferences());
        } else {
            if (request.applicantKind() == null || request.applicantId() == null) {
                throw Refusal.invalid().field("applicantId", "calls.application.applicantRequired");
            }
            applicationId = calls.apply(
                    id, new Applicant(request.applicantKind(), request.applicantId()), request.preferences());
        }
        CallViews.StandingView view =
                views.standing(new Standing(calls.application(id, applicationId), null, java.util.Map.of(), 0));
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id + "/applications/" + applicationId))
                .body(view);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add a committee member (a user; the artisan they are and their relatives, if any)")
    ResponseEntity<Void> addMember(@PathVariable long id, @Valid @RequestBody CallMemberForm request) {
        committee.addMember(id, request);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{id}/applications/{applicationId}/declarations")
    @Operation(
            summary = "The signed-in member declares no conflict of interest with this applicant",
            description = "409 when the member is the applicant, a declared relative, or shares a cooperative")
    ResponseEntity<Void> declare(@PathVariable long id, @PathVariable long applicationId) {
        committee.declare(id, applicationId);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{id}/applications/{applicationId}/scores")
    @Operation(
            summary = "The signed-in member's scores of an application, each criterion 0..max with a justification",
            description = "400 for a score outside the grid; 409 before declaring no conflict")
    List<CallViews.StandingView> score(
            @PathVariable long id, @PathVariable long applicationId, @Valid @RequestBody ScoreForm request) {
        committee.score(id, applicationId, request);
        return applications(id);
    }

    @GetMapping("/{id}/ranking")
    @Operation(summary = "The ranking as it stands, with the stated tie-break")
    Ranking ranking(@PathVariable long id, Locale locale) {
        return new Ranking(
                messages.getMessage("calls.ranking.tieBreak", null, locale),
                calls.get(id).status().name(),
                applications(id));
    }

    @GetMapping("/{id}/final-ranking")
    @Operation(summary = "The final ranking (409 while results are not final)")
    ma.hirfa.calls.CallRanking finalRanking(@PathVariable long id) {
        return finalResults.finalRanking(id);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the results (a manager; every application fully scored); the appeals window opens")
    CallViews.CallView publish(@PathVariable long id, Locale locale) {
        return after(() -> results.publish(id), id, locale);
    }

    @PostMapping("/{id}/finalisation")
    @Operation(summary = "Declare the ranking final before the window ends (a manager; no appeal pending)")
    CallViews.CallView declareFinal(@PathVariable long id, Locale locale) {
        return after(() -> results.declareFinal(id), id, locale);
    }

    @GetMapping("/{id}/appeals")
    @Operation(summary = "Appeals against the published results")
    List<Appeal> appeals(@PathVariable long id) {
        return appeals.ofCall(id);
    }

    @PostMapping("/{id}/applications/{applicationId}/appeals")
    @Operation(summary = "Lodge an appeal within the window (the applicant, or staff for them)")
    ResponseEntity<Appeal> lodge(
            @PathVariable long id, @PathVariable long applicationId, @Valid @RequestBody AppealForms.Lodge request) {
        long appealId = appeals.lodge(id, applicationId, request);
        Appeal appeal = appeals.ofCall(id).stream()
                .filter(a -> a.id() == appealId)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/calls/" + id + "/appeals/" + appealId))
                .body(appeal);
    }

    @PostMapping("/{id}/appeals/{appealId}/decision")
    @Operation(summary = "Decide an appeal (a manager): UPHELD with revisedScore out of 100, or REJECTED; a reason")
    Appeal decide(@PathVariable long id, @PathVariable long appealId, @Valid @RequestBody AppealForms.Decide request) {
        appeals.decide(id, appealId, request);
        return appeals.ofCall(id).stream()
                .filter(a -> a.id() == appealId)
                .findFirst()
                .orElseThrow();
    }

    /** A step of the call's life answers the call as it now is, as {@link #get} shows it. */
    private CallViews.CallView after(Runnable step, long id, Locale locale) {
        step.run();
        return views.call(calls.get(id), locale);
    }
}

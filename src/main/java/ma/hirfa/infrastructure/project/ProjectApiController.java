package ma.hirfa.infrastructure.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import ma.hirfa.infrastructure.complex.PhotoView;
import ma.hirfa.infrastructure.complex.Photos;
import ma.hirfa.infrastructure.complex.ProjectOverview;
import ma.hirfa.platform.transfer.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/infrastructure")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Infrastructure: construction projects of complexes")
class ProjectApiController {

    private final Projects projects;
    private final ProjectViews views;
    private final ProjectBriefs briefs;
    private final Photos photos;

    ProjectApiController(Projects projects, ProjectViews views, ProjectBriefs briefs, Photos photos) {
        this.projects = projects;
        this.views = views;
        this.briefs = briefs;
        this.photos = photos;
    }

    @PostMapping("/complexes/{complexId}/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a construction project of a complex",
            description = "400 when the total cost is not positive, above 1,000,000,000 MAD or has more than two"
                    + " decimals, or the planned end is before the start; 404 for a complex of another region.")
    ProjectOverview create(@PathVariable long complexId, @Valid @RequestBody ProjectRequest request) {
        return views.overview(projects.get(projects.create(complexId, request)));
    }

    @GetMapping("/projects/{id}")
    @Operation(
            summary = "A project with its computed figures (ADR 0047)",
            description = "fundingGap = max(0, (totalCost − spent) − (securedFunding − spent)); slipDays ="
                    + " forecastEnd − plannedEnd; spentRatio = spent / totalCost.")
    ProjectOverview show(@PathVariable long id) {
        return views.overview(projects.get(id));
    }

    @PutMapping("/projects/{id}")
    @Operation(summary = "Change a project's titles, cost, planned dates or contractors")
    ProjectOverview update(@PathVariable long id, @Valid @RequestBody ProjectRequest request) {
        projects.update(id, request);
        return show(id);
    }

    @PostMapping("/projects/{id}/funding-lines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a funding line (source MINISTRY, REGION, CHAMBER or PARTNER with partnerName)",
            description = "conventionRef names the convention the money comes from, when there is one.")
    Map<String, Object> fundingLine(@PathVariable long id, @Valid @RequestBody FundingLineRequest request) {
        return Map.of("id", projects.addFundingLine(id, request), "project", show(id));
    }

    @PostMapping("/projects/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a payment, or a commitment (kind COMMITMENT), on one of the project's funding lines",
            description = "409 when it exceeds what the line has left (payments and commitments are each bounded"
                    + " by the line's amount); 400 for a negative or absurd amount or a date in the future.")
    Map<String, Object> payment(@PathVariable long id, @Valid @RequestBody DisbursementRequest request) {
        return Map.of("id", projects.addDisbursement(id, request), "project", show(id));
    }

    @PostMapping("/projects/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a milestone with its planned date, estimated cost and, once reached, its date")
    Map<String, Object> milestone(@PathVariable long id, @Valid @RequestBody MilestoneRequest request) {
        return Map.of("id", projects.addMilestone(id, request), "project", show(id));
    }

    @PutMapping("/projects/{id}/milestones/{milestoneId}")
    @Operation(summary = "Change a milestone, e.g. give the date it was reached (doneOn)")
    ProjectOverview milestone(
            @PathVariable long id, @PathVariable long milestoneId, @Valid @RequestBody MilestoneRequest request) {
        projects.updateMilestone(id, milestoneId, request);
        return show(id);
    }

    @PostMapping("/projects/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report the physical progress (percent) found on a day")
    Map<String, Object> progress(@PathVariable long id, @Valid @RequestBody ProgressRequest request) {
        return Map.of("id", projects.addProgress(id, request), "project", show(id));
    }

    @PostMapping(value = "/projects/{id}/progress/{progressId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a photo (JPEG or PNG, at most 5 MB) to a progress report",
            description = "Every metadata field is removed except the GPS position and the date taken (ADR 0047).")
    PhotoView photo(@PathVariable long id, @PathVariable long progressId, @RequestPart("photo") MultipartFile photo)
            throws IOException {
        return projects.addPhoto(id, progressId, photo.getBytes());
    }

    @GetMapping("/photos/{photoId}")
    @Operation(
            summary = "A kept photo (JPEG with only its GPS position and date left); 404 outside the caller's region")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(photos.content(photoId));
    }

    @GetMapping("/projects/{id}/brief.pdf")
    @Operation(summary = "The one-page trilingual funding brief of the project (PDF)")
    ResponseEntity<byte[]> brief(@PathVariable long id) {
        return Download.attachment("funding-brief-" + id + ".pdf", MediaType.APPLICATION_PDF, briefs.pdf(id));
    }
}

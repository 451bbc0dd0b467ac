package ma.hirfa.registry.artisan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import ma.hirfa.platform.Language;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.registry.duplicate.DuplicateCandidateResponse;
import ma.hirfa.registry.duplicate.DuplicateCheck;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry/artisans")
@Tag(name = "Register", description = "Artisans of the National Register, limited to the caller's region")
class ArtisanApiController {

    /** The API lists newest first, as it always did. */
    private static final Sort NEWEST_FIRST = ArtisanQueries.SORTS.resolve(null, null);

    /** Rows a page of the API answers (the page's own size is the user's choice). */
    static final int PAGE_SIZE = 25;

    private final ArtisanService service;
    private final ArtisanList list;
    private final DuplicateCheck duplicates;
    private final ArtisanViews views;
    private final MessageSource messages;

    ArtisanApiController(
            ArtisanService service,
            ArtisanList list,
            DuplicateCheck duplicates,
            ArtisanViews views,
            MessageSource messages) {
        this.service = service;
        this.list = list;
        this.duplicates = duplicates;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "Search artisans of the caller's region (national roles: all), newest first, 25 a page",
            description = "q matches a name in Arabic or Latin script, a national id or a registration number;"
                    + " the total count is in the X-Total-Count header")
    ResponseEntity<List<ArtisanView>> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String craft,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) ArtisanStatus status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        Language language = Language.of(locale);
        ListPage<Artisan> found = list.find(
                        new ArtisanSearch(
                                q,
                                nationalId,
                                province,
                                commune,
                                craft,
                                category,
                                status,
                                null,
                                null,
                                null,
                                null,
                                null),
                        NEWEST_FIRST,
                        new PageSpec(page, PAGE_SIZE))
                .page();
        return found.map(a -> views.of(a, language)).toResponse();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One artisan; 404 when unknown or outside the caller's region")
    ArtisanView get(@PathVariable long id, Locale locale) {
        return views.of(service.get(id), Language.of(locale));
    }

    /**
     * The file is written and its answer read in one transaction (ADR 0061): once it has committed the request needs
     * the database no more, so a pool exhausted or a database gone cannot turn a saved file into a 503 saying that
     * nothing was saved.
     */
    @PostMapping
    @Transactional
    @Operation(
            summary = "Record a new artisan (status DRAFT)",
            description = "Files of the caller's region that may be the same person are looked for first. By"
                    + " default (onDuplicate=queue) the file is saved, flagged potentialDuplicate, each pair waits"
                    + " in the reviewers' queue, and the header X-Possible-Duplicates lists their ids. With"
                    + " onDuplicate=refuse nothing is saved when there are some: the answer is 409 with a"
                    + " 'candidates' list (id, score, translated reasons); send the request again without it to"
                    + " record a different person. POST /candidates gives the list without saving.")
    ResponseEntity<ArtisanView> create(
            @Valid @RequestBody ArtisanForm request,
            @RequestParam(defaultValue = "queue") String onDuplicate,
            Locale locale) {
        DuplicateCheck.Created created = duplicates.createReporting(request, !"refuse".equals(onDuplicate));
        long id = created.id();
        ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/v1/registry/artisans/" + id));
        if (!created.candidates().isEmpty()) {
            answer.header(
                    "X-Possible-Duplicates",
                    created.candidates().stream()
                            .map(c -> Long.toString(c.id()))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return answer.body(views.of(service.get(id), Language.of(locale)));
    }

    @PostMapping("/candidates")
    @Operation(summary = "Files of the caller's region that may be the same person as this one; nothing is saved")
    List<DuplicateCandidateResponse> candidates(
            @Valid @RequestBody ArtisanForm request, @RequestParam(required = false) Long excluding, Locale locale) {
        return duplicates.candidates(request, excluding).stream()
                .map(c -> DuplicateCandidateResponse.of(c, messages, locale))
                .toList();
    }
}

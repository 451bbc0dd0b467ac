package ma.hirfa.registry.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The one-box search: a page in the register, and the same search in the API. */
@Controller
class ArtisanFinderController {

    private final ArtisanFinder finder;

    ArtisanFinderController(ArtisanFinder finder) {
        this.finder = finder;
    }

    /** The register's list has the one search box now (ADR 0037); old links land on it with their query. */
    @GetMapping("/registry/artisans/search")
    String page(@RequestParam(required = false) String q) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/registry/artisans")
                        .queryParamIfPresent(
                                "q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                        .encode()
                        .build()
                        .toUriString();
    }

    @GetMapping("/api/v1/registry/artisans/search")
    @ResponseBody
    @Operation(
            tags = "Register",
            summary = "One-box search: a name in Arabic or Latin script, a national id or a registration number,"
                    + " best first, within the caller's region",
            description = "Tolerates transliteration variants (Mohamed Ouahdou finds محمد أوحدو), swapped first and"
                    + " last names and typos. score is 0..1; matchedOn is NAME, NATIONAL_ID or REGISTRATION_NUMBER;"
                    + " reasons are the codes of matching.reason.*. limit: 1..100, default 20.")
    List<IdentitySearchResult> api(
            @RequestParam String q, @RequestParam(defaultValue = "" + ArtisanFinder.DEFAULT_LIMIT) int limit) {
        return finder.find(q, limit);
    }
}

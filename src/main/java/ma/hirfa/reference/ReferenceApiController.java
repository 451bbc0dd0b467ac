package ma.hirfa.reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only reference data: codes and names in Arabic, French and Tamazight. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Regions, provinces, communes and the crafts nomenclature in force")
class ReferenceApiController {

    private final ReferenceData reference;

    ReferenceApiController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/regions")
    @Operation(summary = "The 12 regions")
    List<Region> regions() {
        return reference.regions();
    }

    @GetMapping("/provinces")
    @Operation(summary = "Provinces and prefectures, all or of one region (e.g. region=08)")
    List<Province> provinces(@RequestParam(required = false) String region) {
        return reference.provinces(region);
    }

    @GetMapping("/communes")
    @Operation(summary = "Communes of a province (e.g. province=401)")
    List<Commune> communes(@RequestParam String province) {
        return reference.communes(province);
    }

    @GetMapping("/crafts")
    @Operation(summary = "Crafts of the nomenclature in force")
    List<Craft> crafts() {
        return reference.crafts();
    }
}

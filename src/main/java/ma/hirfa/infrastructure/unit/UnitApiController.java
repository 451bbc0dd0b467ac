package ma.hirfa.infrastructure.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/infrastructure")
@Tag(name = "Complexes: units", description = "Units of the complexes of the caller's region (national: every region)")
class UnitApiController {

    private final Units units;

    UnitApiController(Units units) {
        this.units = units;
    }

    @GetMapping("/complexes/{id}/units")
    @Operation(
            summary = "Units of a complex, floor then number, with their status and since when they are vacant",
            description = "404 when the complex is unknown or outside the caller's region.")
    List<UnitResponse> list(@PathVariable long id) {
        LocalDate today = units.today();
        return units.ofComplex(id).stream().map(u -> UnitResponse.of(u, today)).toList();
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "One unit; 404 when unknown or outside the caller's region")
    UnitResponse get(@PathVariable long unitId) {
        return UnitResponse.of(units.get(unitId), units.today());
    }

    @PostMapping("/complexes/{id}/units")
    @Operation(
            summary = "Add a unit (VACANT from today)",
            description = "number unique in the complex (letters, digits, dash), floor -2 to 20, area 1 to 10000 m²,"
                    + " monthlyRent 0 to 100000 MAD; 400 with one translated message per refused field. The"
                    + " ministry reads only (403).")
    ResponseEntity<UnitResponse> create(@PathVariable long id, @Valid @RequestBody UnitForm request) {
        long unitId = units.create(id, request);
        return ResponseEntity.created(URI.create("/api/v1/infrastructure/units/" + unitId))
                .body(UnitResponse.of(units.get(unitId), units.today()));
    }
}

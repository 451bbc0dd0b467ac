package ma.hirfa.vae.framework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import ma.hirfa.reference.TrainingLevel;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vae/frameworks/{craftCode}/{level}")
@Tag(name = "VAE: frameworks", description = "Reference frameworks per craft and level; edited by administrators")
class FrameworkApiController {

    private final Frameworks frameworks;

    FrameworkApiController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    @Operation(summary = "The framework of a craft at a level; the generic one is created for a craft that has none")
    FrameworkView get(@PathVariable String craftCode, @PathVariable TrainingLevel level) {
        return frameworks.ensure(craftCode, level);
    }

    @PostMapping("/competencies")
    @Operation(summary = "Add a competency with its criteria (administrators)")
    FrameworkView add(
            @PathVariable String craftCode,
            @PathVariable TrainingLevel level,
            @Valid @RequestBody CompetencyForm form) {
        return frameworks.addCompetency(craftCode, level, form);
    }

    @DeleteMapping("/competencies/{competencyId}")
    @Operation(summary = "Remove a competency no jury has scored (administrators)")
    FrameworkView remove(
            @PathVariable String craftCode, @PathVariable TrainingLevel level, @PathVariable long competencyId) {
        return frameworks.removeCompetency(craftCode, level, competencyId);
    }
}

package ma.hirfa.reference.craft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NomenclatureForm(@NotBlank @Size(max = 120) String label, boolean official) {}

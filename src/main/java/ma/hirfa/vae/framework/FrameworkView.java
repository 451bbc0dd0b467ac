package ma.hirfa.vae.framework;

import java.util.List;
import ma.hirfa.reference.TrainingLevel;

/** A reference framework (référentiel métier) of a craft at a level; {@code generic} until an administrator edits it. */
public record FrameworkView(
        long id, String craftCode, TrainingLevel trainingLevel, boolean generic, List<CompetencyView> competencies) {}

package ma.hirfa.vae.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.Trilingual;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.reference.TrainingLevel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference frameworks. VAE is open to every craft of the nomenclature: a craft and level without a framework
 * gets a generic one (five competencies common to handicrafts, in the three languages) the first time it is
 * asked for; an administrator then adapts it. Frameworks are national: every region uses the same.
 */
@Service
public class Frameworks {

    static final int GENERIC_COMPETENCIES = 5;
    private static final String ENTITY = "VaeFramework";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Acting acting;

    Frameworks(JdbcClient jdbc, ReferenceData reference, MessageSource messages, Acting acting) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.messages = messages;
        this.acting = acting;
    }

    /** The framework of a craft at a level, created from the generic one when there is none yet. */
    @Transactional
    public FrameworkView ensure(String craftCode, TrainingLevel level) {
        if (reference.craft(craftCode).isEmpty()) {
            throw Refusal.invalid("vae.framework.craftUnknown");
        }
        return find(craftCode, level).orElseGet(() -> createGeneric(craftCode, level));
    }

    @Transactional(readOnly = true)
    public Optional<FrameworkView> find(String craftCode, TrainingLevel level) {
        return jdbc.sql("select id, generic from vae_framework where craft_code = ? and training_level = ?")
                .params(craftCode, level.name())
                .query((rs, n) -> new FrameworkView(
                        rs.getLong("id"), craftCode, level, rs.getBoolean("generic"), competencies(rs.getLong("id"))))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<CompetencyView> competencies(long frameworkId) {
        return jdbc.sql(
                        "select id, framework_id, position, name_ar, name_fr, name_zgh, criteria, criteria_ar, criteria_zgh"
                                + " from vae_competency"
                                + " where framework_id = ? order by position, id")
                .param(frameworkId)
                .query(CompetencyView.class)
                .list();
    }

    /** Adds a competency (administrators only); the framework is no longer generic. */
    @Transactional
    public FrameworkView addCompetency(String craftCode, TrainingLevel level, CompetencyForm form) {
        checkAdmin();
        FrameworkView before = ensure(craftCode, level);
        int position = before.competencies().stream()
                        .mapToInt(CompetencyView::position)
                        .max()
                        .orElse(0)
                + 1;
        insert(
                before.id(),
                position,
                form.nameAr().strip(),
                form.nameFr().strip(),
                form.nameZgh().strip(),
                new Trilingual(form.criteriaAr(), form.criteria(), form.criteriaZgh()));
        return touched(before);
    }

    /** Removes a competency no jury has scored yet (administrators only). */
    @Transactional
    public FrameworkView removeCompetency(String craftCode, TrainingLevel level, long competencyId) {
        checkAdmin();
        FrameworkView before = ensure(craftCode, level);
        if (before.competencies().stream().noneMatch(c -> c.id() == competencyId)) {
            throw Refusal.invalid("vae.framework.competencyUnknown");
        }
        int scored = jdbc.sql("select count(*) from vae_evaluation where competency_id = ?")
                .param(competencyId)
                .query(Integer.class)
                .single();
        if (scored > 0) {
            throw Refusal.invalid("vae.framework.competencyScored");
        }
        if (before.competencies().size() == 1) {
            throw Refusal.invalid("vae.framework.lastCompetency");
        }
        jdbc.sql("delete from vae_competency where id = ?").param(competencyId).update();
        return touched(before);
    }

    private FrameworkView touched(FrameworkView before) {
        jdbc.sql("update vae_framework set generic = false, updated_by = ?, updated_at = ? where id = ?")
                .params(acting.username(), acting.nowWithOffset(), before.id())
                .update();
        FrameworkView after = find(before.craftCode(), before.trainingLevel()).orElseThrow();
        acting.audit().updated(ENTITY, before.id(), null, before, after);
        return after;
    }

    /** Another node may create the same framework at the same moment: the unique index keeps one. */
    private FrameworkView createGeneric(String craftCode, TrainingLevel level) {
        int inserted = jdbc.sql(
                        "insert into vae_framework (craft_code, training_level, generic, updated_by, updated_at)"
                                + " values (?, ?, true, ?, ?) on conflict do nothing")
                .params(craftCode, level.name(), "system", acting.nowWithOffset())
                .update();
        long id = jdbc.sql("select id from vae_framework where craft_code = ? and training_level = ?")
                .params(craftCode, level.name())
                .query(Long.class)
                .single();
        if (inserted == 0) {
            return find(craftCode, level).orElseThrow();
        }
        for (int i = 1; i <= GENERIC_COMPETENCIES; i++) {
            String key = "vae.generic." + i;
            insert(
                    id,
                    i,
                    text(key, "ar"),
                    text(key, "fr"),
                    text(key, "zgh"),
                    new Trilingual(
                            text(key + ".criteria", "ar"),
                            text(key + ".criteria", "fr"),
                            text(key + ".criteria", "zgh")));
        }
        return find(craftCode, level).orElseThrow();
    }

    private void insert(long frameworkId, int position, String ar, String fr, String zgh, Trilingual criteria) {
        jdbc.sql("insert into vae_competency (framework_id, position, name_ar, name_fr, name_zgh, criteria,"
                        + " criteria_ar, criteria_zgh) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(frameworkId, position, ar, fr, zgh, criteria.fr(), criteria.ar(), criteria.zgh())
                .update();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private void checkAdmin() {
        if (!acting.user().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("frameworks are edited by administrators");
        }
    }
}
